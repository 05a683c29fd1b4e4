package org.chatroom.ui.internal.dialogs;

import java.net.InetSocketAddress;
import java.util.Objects;
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
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Host Room: port, all interfaces or this machine only, password, TLS, IRC (plain, and with TLS when the room has
 * it); shows the addresses others connect to, with a Copy button. OK hands the choice to a callback, so the dialog
 * may be opened without blocking.
 */
public final class HostRoomDialog extends TitleAreaDialog {

    public static final String SHELL = "host.dialog";
    public static final String PORT = "host.port";
    public static final String ALL = "host.all";
    public static final String LOCAL = "host.local";
    public static final String PASSWORD = "host.password";
    public static final String TLS = "host.tls";
    public static final String TLS_PORT = "host.tlsPort";
    public static final String IRC = "host.irc";
    public static final String IRC_PORT = "host.ircPort";
    public static final String IRC_TLS_PORT = "host.ircTlsPort";
    public static final String IRC_TLS_LABEL = "host.ircTlsLabel";
    public static final String ADDRESSES = "host.addresses";
    public static final String COPY = "host.copy";

    /** The ports the fields offer for what is off: the usual ones (53443 is ours; 6667 and 6697 are IRC's). */
    private static final int TLS_DEFAULT = 53443;
    private static final int IRC_DEFAULT = 6667;
    private static final int IRC_TLS_DEFAULT = 6697;

    private final HostChoice initial;
    private final Consumer<HostChoice> onOk;
    private Text port;
    private Button local;
    private Text password;
    private Button tls;
    private Text tlsPort;
    private Button irc;
    private Text ircPort;
    private Text ircTlsPort;
    private Label ircTlsLabel;
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
        tls = check(box, Messages.hostDialogTls, TLS, initial.tlsPort() > 0);
        tlsPort = portText(box, TLS_PORT, initial.tlsPort(), TLS_DEFAULT);
        irc = check(box, Messages.hostDialogIrc, IRC, initial.ircPort() > 0);
        ircPort = portText(box, IRC_PORT, initial.ircPort(), IRC_DEFAULT);
        ircTlsLabel = new Label(box, SWT.NONE);
        ircTlsLabel.setText(Messages.hostDialogIrcTls);
        ircTlsLabel.setData(WidgetIds.KEY, IRC_TLS_LABEL);
        GridData underChecks = new GridData();
        underChecks.horizontalIndent = checkBoxWidth(tls); // its words under the check boxes' words, not their boxes
        ircTlsLabel.setLayoutData(underChecks);
        ircTlsPort = portText(box, IRC_TLS_PORT, initial.ircTlsPort(), IRC_TLS_DEFAULT);
        Label share = new Label(box, SWT.NONE);
        share.setText(Messages.hostDialogAddresses);
        share.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        // a line for the room, one for IRC; a machine with several addresses wraps them, and scrolls past three lines
        // (GTK draws a wrapping field without a vertical scroll bar without its bottom edge)
        addresses = new Text(box, SWT.BORDER | SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        addresses.setData(WidgetIds.KEY, ADDRESSES);
        GridData lines = new GridData(SWT.FILL, SWT.TOP, true, false);
        lines.widthHint = 320;
        lines.heightHint = addresses.getLineHeight() * 3;
        addresses.setLayoutData(lines);
        Button copy = new Button(box, SWT.PUSH);
        copy.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        copy.setText(Messages.hostDialogCopy);
        copy.setData(WidgetIds.KEY, COPY);
        copy.addListener(SWT.Selection, e -> copy());
        for (Control control : new Control[] { port, all, local, tls, tlsPort, irc, ircPort, ircTlsPort }) {
            control.addListener(control instanceof Text ? SWT.Modify : SWT.Selection, e -> refresh());
        }
        port.selectAll();
        port.setFocus(); // what a user types first; GTK gave the focus to a radio button
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
        ircPort.setEnabled(irc.getSelection());
        ircTlsPort.setEnabled(irc.getSelection() && tls.getSelection());
        ircTlsLabel.setEnabled(ircTlsPort.getEnabled());
        setErrorMessage(choice == null ? Messages.hostDialogBadPort : null);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(choice != null);
        }
        addresses.setText(choice == null ? "" : share(choice));
    }

    static String share(HostChoice choice) {
        String room = withTls(choice, choice.port(), choice.tlsPort());
        return choice.ircPort() == 0 ? room
                : NLS.bind(Messages.hostDialogWithIrc, room, withTls(choice, choice.ircPort(), choice.ircOnTls()));
    }

    private static String withTls(HostChoice choice, int port, int tlsPort) {
        String plain = HostAddresses.describe(address(choice, port), true);
        return tlsPort == 0 ? plain
                : NLS.bind(Messages.hostDialogWithTls, plain, HostAddresses.describe(address(choice, tlsPort), true));
    }

    private static InetSocketAddress address(HostChoice choice, int port) {
        return choice.localOnly() ? new InetSocketAddress(HostChoice.LOOPBACK, port) : new InetSocketAddress(port);
    }

    /** @return the choice in the fields, or null when a port is not valid */
    private HostChoice choice() {
        Integer plain = Validators.intInRange(port.getText(), 1, 65535);
        Integer secure = optionalPort(tls.getSelection(), tlsPort);
        Integer ircPlain = optionalPort(irc.getSelection(), ircPort);
        // unused without TLS, yet remembered: a port chosen for it is there again when TLS is
        Integer ircTyped = Validators.intInRange(ircTlsPort.getText(), 1, 65535);
        Integer ircSecure = irc.getSelection() && tls.getSelection() ? ircTyped
                : Objects.requireNonNullElse(ircTyped, 0);
        if (plain == null || secure == null || ircPlain == null || ircSecure == null) {
            return null;
        }
        HostChoice choice = new HostChoice(plain, local.getSelection(), password.getText(), secure, ircPlain,
                ircSecure);
        return choice.portsDistinct() ? choice : null;
    }

    /** @return the port in {@code text} when it is {@code on} (null when not valid), else 0 */
    private static Integer optionalPort(boolean on, Text text) {
        return on ? Validators.intInRange(text.getText(), 1, 65535) : Integer.valueOf(0);
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

    /** The width of {@code check}'s box and the gap after it: where its words begin. */
    private static int checkBoxWidth(Button check) {
        GC gc = new GC(check);
        try {
            return Math.max(0, check.computeSize(SWT.DEFAULT, SWT.DEFAULT).x
                    - gc.textExtent(check.getText(), SWT.DRAW_MNEMONIC).x);
        } finally {
            gc.dispose();
        }
    }

    private static Button check(Composite box, String label, String id, boolean selected) {
        Button check = new Button(box, SWT.CHECK);
        check.setText(label);
        check.setData(WidgetIds.KEY, id);
        check.setSelection(selected);
        return check;
    }

    /** A port's field beside its label or check box: {@code port}, or {@code otherwise} when it is 0 (off). */
    private static Text portText(Composite box, String id, int port, int otherwise) {
        Text text = new Text(box, SWT.BORDER);
        text.setData(WidgetIds.KEY, id);
        text.setText(String.valueOf(port > 0 ? port : otherwise));
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
