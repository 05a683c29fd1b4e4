package org.chatroom.ui.internal.dialogs;

import java.net.InetSocketAddress;
import java.util.function.Consumer;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.handlers.HostAddresses;
import org.chatroom.ui.internal.prefs.HostChoice;
import org.chatroom.ui.internal.prefs.Validators;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Host Room: port, all interfaces or this machine only, password, TLS; shows the addresses others connect to, with a
 * Copy button. OK hands the choice to a callback, so the dialog may be opened without blocking.
 */
public final class HostRoomDialog extends TitleAreaDialog {

    public static final String SHELL = "host.dialog";
    public static final String PORT = "host.port";
    public static final String ALL = "host.all";
    public static final String LOCAL = "host.local";
    public static final String PASSWORD = "host.password";
    public static final String TLS = "host.tls";
    public static final String TLS_PORT = "host.tlsPort";
    public static final String ADDRESSES = "host.addresses";
    public static final String COPY = "host.copy";

    private final HostChoice initial;
    private final Consumer<HostChoice> onOk;
    private Text port;
    private Button local;
    private Text password;
    private Button tls;
    private Text tlsPort;
    private Text addresses;

    public HostRoomDialog(Shell parent, HostChoice initial, Consumer<HostChoice> onOk) {
        super(parent);
        this.initial = initial;
        this.onOk = onOk;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.hostDialogTitle);
        shell.setData(WidgetIds.KEY, SHELL);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.hostDialogTitle);
        setMessage(Messages.hostDialogMessage);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite box = new Composite(area, SWT.NONE);
        box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        box.setLayout(new GridLayout(3, false));
        port = text(box, Messages.hostDialogPort, PORT, String.valueOf(initial.port()), SWT.BORDER);
        Button all = radio(box, Messages.hostDialogAll, ALL, !initial.localOnly());
        local = radio(box, Messages.hostDialogLocal, LOCAL, initial.localOnly());
        password = text(box, Messages.hostDialogPassword, PASSWORD, initial.password(), SWT.BORDER | SWT.PASSWORD);
        tls = new Button(box, SWT.CHECK);
        tls.setText(Messages.hostDialogTls);
        tls.setData(WidgetIds.KEY, TLS);
        tls.setSelection(initial.tlsPort() > 0);
        tlsPort = new Text(box, SWT.BORDER);
        tlsPort.setData(WidgetIds.KEY, TLS_PORT);
        tlsPort.setText(String.valueOf(initial.tlsPort() > 0 ? initial.tlsPort() : 53443));
        tlsPort.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        addresses = text(box, Messages.hostDialogAddresses, ADDRESSES, "", SWT.BORDER | SWT.READ_ONLY | SWT.WRAP);
        ((GridData) addresses.getLayoutData()).horizontalSpan = 1;
        ((GridData) addresses.getLayoutData()).widthHint = 320;
        Button copy = new Button(box, SWT.PUSH);
        copy.setText(Messages.hostDialogCopy);
        copy.setData(WidgetIds.KEY, COPY);
        copy.addListener(SWT.Selection, e -> copy());
        for (Control control : new Control[] { port, all, local, tls, tlsPort }) {
            control.addListener(control instanceof Text ? SWT.Modify : SWT.Selection, e -> refresh());
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.hostDialogHost, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        refresh();
    }

    /** Checks the fields, shows the addresses to share, and offers Host only for a valid choice. */
    private void refresh() {
        HostChoice choice = choice();
        tlsPort.setEnabled(tls.getSelection());
        setErrorMessage(choice == null ? Messages.hostDialogBadPort : null);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(choice != null);
        }
        addresses.setText(choice == null ? "" : share(choice));
    }

    static String share(HostChoice choice) {
        String plain = HostAddresses.describe(address(choice, choice.port()), true);
        return choice.tlsPort() == 0 ? plain
                : NLS.bind(Messages.hostDialogWithTls, plain, HostAddresses.describe(address(choice, choice.tlsPort()), true));
    }

    private static InetSocketAddress address(HostChoice choice, int port) {
        return choice.localOnly() ? new InetSocketAddress(HostChoice.LOOPBACK, port) : new InetSocketAddress(port);
    }

    /** @return the choice in the fields, or null when a port is not valid */
    private HostChoice choice() {
        Integer plain = Validators.intInRange(port.getText(), 1, 65535);
        Integer secure = tls.getSelection() ? Validators.intInRange(tlsPort.getText(), 1, 65535) : Integer.valueOf(0);
        if (plain == null || secure == null || plain.equals(secure)) {
            return null;
        }
        return new HostChoice(plain, local.getSelection(), password.getText(), secure);
    }

    private void copy() {
        Clipboard clipboard = new Clipboard(getShell().getDisplay());
        try {
            clipboard.setContents(new Object[] { addresses.getText() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    @Override
    protected void okPressed() {
        HostChoice choice = choice();
        if (choice != null) {
            super.okPressed();
            onOk.accept(choice);
        }
    }

    private static Text text(Composite box, String label, String id, String value, int style) {
        new Label(box, SWT.NONE).setText(label);
        Text text = new Text(box, style);
        text.setData(WidgetIds.KEY, id);
        text.setText(value);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return text;
    }

    private static Button radio(Composite box, String label, String id, boolean selected) {
        Button radio = new Button(box, SWT.RADIO);
        radio.setText(label);
        radio.setData(WidgetIds.KEY, id);
        radio.setSelection(selected);
        radio.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return radio;
    }
}
