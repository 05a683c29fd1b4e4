package org.chatroom.ui.internal.rooms;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.privates.PrivateChats;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Chat > Leave Room: leaves the room shown ({@code /part}); its tab closes when the room confirms. With the cursor in
 * a private conversation, its key (Ctrl+W) closes that conversation instead, as a key closing tabs closes the one in
 * use: it left the room shown, which the user was not typing in, and the others read that they had left.
 */
public final class LeaveRoomHandler {

    @CanExecute
    public boolean canExecute(@Optional ChatClient client, @Optional IWorkbenchWindow window) {
        return conversation(window) != null
                || client != null && client.state() == ConnectionState.CONNECTED && !client.room().isEmpty();
    }

    @Execute
    public void execute(@Optional ChatClient client, @Optional IWorkbenchWindow window) {
        IViewPart conversation = conversation(window);
        if (conversation != null) {
            window.getActivePage().hideView(conversation);
        } else if (client != null) {
            client.send("/part " + client.room());
        }
    }

    /** @return the private conversation the user is in (the active part), or null */
    private static IViewPart conversation(IWorkbenchWindow window) {
        IWorkbenchPart active = window == null || window.getActivePage() == null ? null
                : window.getActivePage().getActivePart();
        return active instanceof IViewPart view && PrivateChats.VIEW.equals(view.getViewSite().getId()) ? view : null;
    }
}
