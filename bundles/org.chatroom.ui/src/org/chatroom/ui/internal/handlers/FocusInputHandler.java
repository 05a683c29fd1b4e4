package org.chatroom.ui.internal.handlers;

import org.chatroom.ui.internal.app.ChatPerspective;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/** Puts the cursor in the message field, wherever the focus was (Ctrl+L). */
public final class FocusInputHandler {

    @Execute
    public void execute(IWorkbenchWindow window) {
        focus(window);
    }

    /** Puts the cursor in {@code window}'s message field: at start, on Ctrl+L, after a click on a room tab. */
    public static void focus(IWorkbenchWindow window) {
        try {
            window.getActivePage().showView(ChatPerspective.INPUT);
        } catch (PartInitException e) {
            throw new IllegalStateException(ChatPerspective.INPUT, e);
        }
    }
}
