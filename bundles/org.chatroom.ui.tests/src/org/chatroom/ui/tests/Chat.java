package org.chatroom.ui.tests;

import org.chatroom.testing.Services;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.dialogs.HostRoomDialog;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.Secrets;
import org.chatroom.ui.internal.views.WidgetIds;
import org.chatroom.ui.internal.views.WidgetTree;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
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
        return WidgetTree.first(control, Button.class, button -> Integer.valueOf(id).equals(button.getData()));
    }

    /**
     * A port to host on, free now and never handed out before in this run. It is taken below the kernel's ephemeral
     * range, from which every outgoing connection and every bind to port 0 of every process on the machine gets its
     * port: a port probed free there (as {@code new ServerSocket(0)} gives) can be taken by another test's connection
     * before the room binds it, and the UI tests failed that way while other builds ran. Falls back to port 0's
     * choice where the range leaves no room below it.
     */
    static int freePort() throws IOException {
        int below = ephemeralRangeStart();
        for (int attempt = 0; below > LOWEST_PORT + 1000 && attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST_PORT, below);
            if (HANDED_OUT.add(port) && bindable(port)) {
                return port;
            }
        }
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    private static final int LOWEST_PORT = 20_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private static boolean bindable(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first port of Linux's ephemeral range ({@code ip_local_port_range}); 32768 where it cannot be read. */
    private static int ephemeralRangeStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    static IEclipsePreferences prefs() {
        return InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
    }

    /**
     * Hosts a room on a free port as {@code nickname} and waits until the window shows it joined (the client being
     * joined is not enough: the window shows what the client said a little later); @return the port
     */
    static int host(String nickname) throws IOException {
        int port = freePort();
        prefs().putInt(ChatPreferences.HOSTING_PORT, port);
        prefs().put(ChatPreferences.NICKNAME, nickname);
        host();
        ChatClient client = Services.require(ChatClient.class, null);
        Ui.until("joined the hosted room as " + nickname, () -> client.state() == ConnectionState.CONNECTED
                && nickname.equals(client.nickname()), () -> client.state() + " " + client.nickname());
        Rooms.awaitJoined(Rooms.DEFAULT);
        return port;
    }

    /**
     * Disconnects the client and waits until the window says so: the client flushes what it said before a state
     * change, so everything of the connection left has then been shown and nothing of it reaches the next step.
     */
    static void disconnect(ChatClient client) {
        client.disconnect();
        Ui.until("the client to be disconnected", () -> client.state() == ConnectionState.DISCONNECTED,
                () -> client.state().toString());
        Ui.until("the window to show it disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected),
                Ui::status);
    }

    /** Closes the private conversations, leaves any room, stops hosting and forgets the preferences a test set. */
    static void reset() throws BackingStoreException {
        Feed.closePrivates();
        RoomHost room = Services.require(RoomHost.class, null);
        if (room.status().hosting()) {
            Ui.command(STOP_COMMAND);
            Ui.until("the room to stop", () -> !room.status().hosting() && Ui.hosting().isEmpty(), Ui::hosting);
        }
        disconnect(Services.require(ChatClient.class, null));
        Ui.spin(200);
        prefs().clear();
        prefs().flush();
        Secrets.put(ChatPreferences.PASSWORD, "");
        Secrets.put(ChatPreferences.HOSTING_PASSWORD, "");
    }
}
