package org.chatroom.ui.tests;

import org.chatroom.testing.Services;
import java.io.IOException;
import java.net.ServerSocket;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.dialogs.HostRoomDialog;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.Secrets;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** Setting up and tearing down the chat state the workbench shares between tests. */
final class Chat {

    static final String HOST_COMMAND = "org.chatroom.ui.command.hostRoom";
    static final String STOP_COMMAND = "org.chatroom.ui.command.stopHosting";
    static final String CONNECT_COMMAND = "org.chatroom.ui.command.connect";
    static final String DISCONNECT_COMMAND = "org.chatroom.ui.command.disconnect";

    private Chat() {
    }

    /** Host Room as a user does it: the command opens the dialog (filled from the last choice), Host confirms. */
    static void host() {
        Ui.command(HOST_COMMAND);
        press(hostDialog(), IDialogConstants.OK_ID);
    }

    /** The open Host Room dialog (waits for it). */
    static Shell hostDialog() {
        Shell[] found = new Shell[1];
        Ui.until("the Host Room dialog", () -> {
            for (Shell shell : Ui.display().getShells()) {
                if (!shell.isDisposed() && HostRoomDialog.SHELL.equals(shell.getData(WidgetIds.KEY))) {
                    found[0] = shell;
                    return true;
                }
            }
            return false;
        }, () -> "no such shell");
        return found[0];
    }

    /** Presses the dialog button {@code id} (IDialogConstants) of {@code shell}. */
    static void press(Shell shell, int id) {
        Button button = button(shell, id);
        if (button == null) {
            throw new AssertionError("no button " + id + " in " + shell.getText());
        }
        if (!button.isEnabled()) {
            throw new AssertionError("button " + button.getText() + " is disabled");
        }
        button.notifyListeners(SWT.Selection, new Event());
        Ui.spin(20);
    }

    static Button button(Control control, int id) {
        if (control instanceof Button button && Integer.valueOf(id).equals(button.getData())) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = button(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    static IEclipsePreferences prefs() {
        return InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
    }

    /** Hosts a room on a free port as {@code nickname} and waits until joined; @return the port */
    static int host(String nickname) throws IOException {
        int port = freePort();
        prefs().putInt(ChatPreferences.HOSTING_PORT, port);
        prefs().put(ChatPreferences.NICKNAME, nickname);
        host();
        ChatClient client = Services.require(ChatClient.class, null);
        Ui.until("joined the hosted room as " + nickname, () -> client.state() == ConnectionState.CONNECTED
                && nickname.equals(client.nickname()), () -> client.state() + " " + client.nickname());
        return port;
    }

    /** Leaves any room, stops hosting and forgets the preferences a test set. */
    static void reset() throws BackingStoreException {
        RoomHost room = Services.require(RoomHost.class, null);
        if (room.status().hosting()) {
            Ui.command(STOP_COMMAND);
            Ui.until("the room to stop", () -> !room.status().hosting() && Ui.hosting().isEmpty(), Ui::hosting);
        }
        ChatClient client = Services.require(ChatClient.class, null);
        client.disconnect();
        Ui.until("the client to be disconnected", () -> client.state() == ConnectionState.DISCONNECTED,
                () -> client.state().toString());
        Ui.spin(200);
        prefs().clear();
        prefs().flush();
        Secrets.put(ChatPreferences.PASSWORD, "");
        Secrets.put(ChatPreferences.HOSTING_PASSWORD, "");
    }
}
