package org.chatroom.ui.internal.rooms;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.IWorkbenchWindow;

/** Asks for a new room's name and password and sends {@code /create} with them; offered while connected. */
abstract class RoomNameHandler {

    private final String title;
    private final String prompt;
    private final String command;

    RoomNameHandler(String title, String prompt, String command) {
        this.title = title;
        this.prompt = prompt;
        this.command = command;
    }

    @CanExecute
    public boolean canExecute(@Optional ChatClient client) {
        return connected(client);
    }

    /** Room commands are offered while connected. */
    static boolean connected(ChatClient client) {
        return client != null && client.state() == ConnectionState.CONNECTED;
    }

    @Execute
    public void execute(ChatClient client, IWorkbenchWindow window, IEventBroker broker) {
        new RoomNameDialog(window.getShell(), title, prompt, (name, password) -> RoomTabs.ask(client, broker,
                command + " " + name + (password.isEmpty() ? "" : " " + password))).open();
    }
}
