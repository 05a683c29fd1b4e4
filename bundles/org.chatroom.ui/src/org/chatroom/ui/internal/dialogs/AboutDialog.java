package org.chatroom.ui.internal.dialogs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.theme.LookFollower;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/** Help > About: the product's version, the Java runtime, and every bundle it runs with its version and licence. */
public final class AboutDialog extends Dialog {

    public static final String SHELL = "about.dialog";
    public static final String COMPONENTS = "about.components";

    private static final int LIST_WIDTH = 640;

    private final Bundle[] bundles;

    public AboutDialog(Shell parent, Bundle[] bundles) {
        super(parent);
        this.bundles = bundles.clone();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.aboutTitle);
        shell.setData(WidgetIds.KEY, SHELL);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(Messages.aboutText, new Object[] { version("org.chatroom.ui"),
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch") }));
        GridData introSize = new GridData(SWT.FILL, SWT.TOP, true, false);
        introSize.widthHint = LIST_WIDTH; // a wrapping label asks for its whole text on one line otherwise
        intro.setLayoutData(introSize);
        Text list = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        list.setData(WidgetIds.KEY, COMPONENTS);
        list.setText(components());
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
        size.widthHint = LIST_WIDTH;
        size.heightHint = 320;
        list.setLayoutData(size);
        // the chosen theme's colours: in the dark theme it stayed white (the workbench's styling left this field alone)
        LookFollower.apply(list);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private String version(String symbolicName) {
        return Arrays.stream(bundles).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .map(b -> b.getVersion().toString()).orElse("?");
    }

    /** One line a bundle: name, version, licence (the bundle's Bundle-License header, as its makers state it). */
    String components() {
        return Arrays.stream(bundles).filter(b -> b.getBundleId() != 0)
                .sorted(Comparator.comparing(Bundle::getSymbolicName))
                .map(b -> NLS.bind(Messages.aboutComponent, new Object[] { b.getSymbolicName(), b.getVersion(),
                        licence(b) }))
                .collect(Collectors.joining("\n"));
    }

    private static String licence(Bundle bundle) {
        String header = bundle.getHeaders("").get(Constants.BUNDLE_LICENSE);
        if (header == null || header.isBlank()) {
            // Chatroom's own bundles and the Eclipse platform's are under the EPL 2.0 (their feature, their about.html)
            return bundle.getSymbolicName().startsWith("org.chatroom.") ? Messages.aboutLicenceChatroom
                    : bundle.getSymbolicName().startsWith("org.eclipse.") ? Messages.aboutLicenceEclipse
                            : Messages.aboutLicenceUnstated;
        }
        // the licence id or URL, without attributes, nor the quotes a header may put around it ("Apache-2.0")
        String first = header.split("[;,]")[0].strip().replaceAll("^\"|\"$", "").strip();
        return first.isEmpty() ? Messages.aboutLicenceUnstated : first;
    }
}
