package org.chatroom.ui.internal.handlers;

import org.chatroom.ui.internal.app.ChatPerspective;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/** Puts the cursor in the message field, wherever the focus was (Ctrl+L). */
public final class FocusInputHandler {

    @Execute
    public void execute(IWorkbenchWindow window) throws PartInitException {
        window.getActivePage().showView(ChatPerspective.INPUT);
    }
}
