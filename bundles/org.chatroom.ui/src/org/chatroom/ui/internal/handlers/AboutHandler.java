package org.chatroom.ui.internal.handlers;

import org.chatroom.ui.internal.dialogs.AboutDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.framework.FrameworkUtil;

/** Help > About Chatroom: versions and licences. */
public final class AboutHandler {

    @Execute
    public void execute(IWorkbenchWindow window) {
        AboutDialog dialog = new AboutDialog(window.getShell(),
                FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles());
        dialog.setBlockOnOpen(false);
        dialog.open();
    }
}
