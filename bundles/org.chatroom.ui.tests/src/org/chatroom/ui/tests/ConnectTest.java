package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chatroom.testing.OriginalServer;
import org.chatroom.testing.RawMember;
import org.chatroom.testing.Services;
import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.room.HostSettings;
import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.dialogs.PasswordDialog;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.Secrets;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Connecting to a room set in the preferences (a room on a port other than the default), disconnecting, typing
 * while disconnected (nothing is lost), and connecting again.
 */
class ConnectTest {

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void theFirstConnectAsksWhereTheRoomIs() throws Exception {
        // the room to find: not one hosted here, which Connect joins without asking while no room was chosen
        try (OriginalServer server = OriginalServer.start()) {
            askedWhereTheRoomIs(server.port());
        }
    }

    private static void askedWhereTheRoomIs(int port) throws Exception {
        for (String key : new String[] { ChatPreferences.HOST, ChatPreferences.PORT, ChatPreferences.REMOTE_CHOSEN }) {
            Chat.prefs().remove(key); // as on a fresh install
        }
        ChatClient client = Services.require(ChatClient.class, null);

        Ui.command(Chat.CONNECT_COMMAND);
        PreferenceDialog asked = openPreferences();
        assertEquals(Messages.connectWhere, ((IMessageProvider) asked.getSelectedPage()).getMessage(),
                "Connect asks where the room is");
        assertEquals(ConnectionState.DISCONNECTED, client.state(), "and tries nothing yet");
        Text host = PreferencesDialogs.field(asked, Messages.prefHost);
        Ui.until("the room's host to have the focus", () -> Ui.display().getFocusControl() == host,
                () -> String.valueOf(Ui.display().getFocusControl()));
        PreferencesDialogs.press(asked, IDialogConstants.CANCEL_ID);
        Ui.spin(200);
        assertEquals(ConnectionState.DISCONNECTED, client.state(), "Cancel connects nowhere");
        assertTrue(!ChatPreferences.remoteRoomChosen());

        Ui.command(Chat.CONNECT_COMMAND);
        PreferenceDialog again = openPreferences();
        PreferencesDialogs.set(again, Messages.prefHost, "127.0.0.1");
        PreferencesDialogs.set(again, Messages.prefPort, String.valueOf(port));
        PreferencesDialogs.set(again, Messages.prefNickname, "nova");
        PreferencesDialogs.press(again, IDialogConstants.OK_ID);
        Ui.until("connected where the page said", () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
        assertEquals("nova", client.nickname());

        Ui.command(Chat.DISCONNECT_COMMAND);
        Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);
        Ui.command(Chat.CONNECT_COMMAND);
        assertEquals(null, preferencesShown(), "once a room was chosen, Connect connects without asking");
        Ui.until("connected again", () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
    }

    /**
     * The preferences confirmed with the room's fields as they were (the theme or the nickname changed) choose no
     * remote room: Connect still joins the room hosted here. It went to localhost:53000 and retried there for ever,
     * the room tabs gone, and Host Room greyed while the room was hosted.
     */
    @Test
    void preferencesConfirmedWithoutAnotherRoomLeaveConnectOnTheRoomHostedHere() throws Exception {
        for (String key : new String[] { ChatPreferences.HOST, ChatPreferences.PORT, ChatPreferences.REMOTE_CHOSEN }) {
            Chat.prefs().remove(key); // as on a fresh install
        }
        int port = Chat.host("hana");
        Ui.command(Chat.DISCONNECT_COMMAND);
        Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);
        PreferenceDialog dialog = PreferencesDialogs.open();
        PreferencesDialogs.set(dialog, Messages.prefNickname, "hanna");
        PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);
        assertFalse(ChatPreferences.remoteRoomChosen(), "no other room was chosen");

        Ui.command(Chat.CONNECT_COMMAND);
        assertEquals(null, preferencesShown(), "nothing to ask");
        Ui.until("back in the room hosted here", () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
        RoomHost room = Services.require(RoomHost.class, null);
        Ui.until("hanna in the room hosted here, on port " + port, () -> room.connected().contains("hanna"),
                () -> room.connected().toString());
    }

    /**
     * In a remote room while hosting one here: the window's title names the remote room (it named the one hosted),
     * and Stop Hosting stops the room here only, the client staying in the remote room (it was disconnected from it).
     */
    @Test
    void stopHostingWhileInARemoteRoomLeavesTheClientThere() throws Exception {
        try (OriginalServer server = OriginalServer.start()) {
            Chat.host("hana");
            Ui.command(Chat.DISCONNECT_COMMAND);
            Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);
            Chat.prefs().put(ChatPreferences.HOST, server.host());
            Chat.prefs().putInt(ChatPreferences.PORT, server.port());
            Chat.prefs().putBoolean(ChatPreferences.REMOTE_CHOSEN, true);
            Ui.command(Chat.CONNECT_COMMAND);
            Ui.until("in the remote room", () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
            String remote = server.host() + ":" + server.port();
            Ui.until("the title naming the remote room", () -> Ui.window().getShell().getText().endsWith(remote),
                    () -> Ui.window().getShell().getText());

            Ui.command(Chat.STOP_COMMAND);
            RoomHost room = Services.require(RoomHost.class, null);
            Ui.until("the room here stopped", () -> !room.status().hosting(), Ui::status);
            Ui.awaitRow(Messages.hostingStopped);
            Ui.spin(300);
            assertEquals(ConnectionState.CONNECTED, Services.require(ChatClient.class, null).state(),
                    "still in the remote room: " + Ui.status());
        }
    }

    /** The preference dialog open on the screen. */
    private static PreferenceDialog openPreferences() {
        Ui.until("the preferences to open", () -> preferencesShown() != null, () -> "no preference dialog");
        return preferencesShown();
    }

    private static PreferenceDialog preferencesShown() {
        for (Shell shell : Ui.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof PreferenceDialog dialog) {
                return dialog;
            }
        }
        return null;
    }

    @Test
    void connectWherePreferencesSayDisconnectAndReconnect() throws Exception {
        int port = Chat.freePort();
        Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, port);
        Chat.host(); // a room on another port, hosted here; then we leave it
        Ui.until("the room to run", () -> Services.require(RoomHost.class, null).status().hosting(), Ui::status);
        Ui.until("connected to the hosted room", () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
        Ui.command(Chat.DISCONNECT_COMMAND);
        Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);

        try (RawMember carol = RawMember.join(port, "carol", Ui::until)) {
            PreferenceDialog dialog = PreferencesDialogs.open();
            PreferencesDialogs.set(dialog, Messages.prefHost, "127.0.0.1");
            PreferencesDialogs.set(dialog, Messages.prefPort, String.valueOf(port));
            PreferencesDialogs.set(dialog, Messages.prefNickname, "remy");
            PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);

            Ui.command(Chat.CONNECT_COMMAND);
            Ui.until("connected to 127.0.0.1:" + port, () -> Ui.status().startsWith(Messages.stateConnected),
                    Ui::status);
            Ui.until("carol to see remy join", () -> carol.saw("remy joined the chat"), carol::received);

            Ui.command(Chat.DISCONNECT_COMMAND);
            Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);
            Ui.until("carol to see remy leave", () -> carol.saw("remy left the chat"), carol::received);

            Ui.typeAndEnter("are you still there?");
            Text input = Ui.widget(Text.class, WidgetIds.INPUT);
            assertEquals("are you still there?", input.getText(), "unsent text stays in the field");
            Ui.awaitRow(Messages.notSent);
            Ui.typeAndEnter(input.getText()); // Enter again and again on the text kept: one row says it
            Ui.typeAndEnter(input.getText());
            // a notice posted after them arrives after them
            Ui.window().getService(IEventBroker.class).post(Topics.NOTICE, "after the presses");
            Ui.awaitRow("after the presses");
            List<String> rows = Ui.lastRows(4);
            assertEquals(1, rows.stream().filter(row -> row.contains(Messages.notSent)).count(),
                    "the same notice twice in a row is one row: " + rows);
            assertTrue(rows.stream().anyMatch(row -> row.endsWith(Messages.notSent + " (\u00d73)")),
                    "which counts the presses: " + rows);

            Ui.command(Chat.CONNECT_COMMAND);
            Ui.until("connected again", () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
            input.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
            Ui.until("carol to get the kept message", () -> carol.saw("remy: are you still there?"),
                    carol::received);
            assertEquals("", input.getText(), "sent text leaves the field");
        }
    }

    @Test
    void connectionLossIsShownAndTheClientComesBack() throws Exception {
        int port = Chat.freePort();
        Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, port);
        Chat.prefs().put(ChatPreferences.NICKNAME, "nora");
        Chat.host();
        Ui.until("connected to the hosted room", () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);

        RoomHost room = Services.require(RoomHost.class, null);
        room.stop("maintenance"); // the room goes away under the client, not through the UI
        Ui.until("the status line to report the loss", () -> Ui.status().equals(Messages.stateReconnecting),
                Ui::status);
        Ui.awaitRow(". Reconnecting in "); // the client's reason, then when it retries

        Ui.typeAndEnter("anyone?");
        Text input = Ui.widget(Text.class, WidgetIds.INPUT);
        assertEquals("anyone?", input.getText(), "text typed during the loss stays in the field");

        room.start(HostSettings.onPort(port)); // the run's settings: the desktop writes no room configuration
        Ui.until("the client to reconnect by itself", Ui.WAIT.plus(Ui.RECONNECT_MAX),
                () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
        try (RawMember olga = RawMember.join(port, "olga", Ui::until)) {
            input.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
            Ui.until("olga to get the kept text", () -> olga.saw("nora: anyone?"), olga::received);
        }
    }

    /**
     * While the client waits to reconnect, Connect tries at once: it was greyed out, and a user whose server was back
     * sat out a wait that grows to 30 s (a helper waited 33 s after the server came back).
     */
    @Test
    void connectWhileReconnectingTriesAtOnce() throws Exception {
        int port = Chat.host("nina");
        RoomHost room = Services.require(RoomHost.class, null);
        room.stop("maintenance");
        Ui.until("a retry 6 s or more away", () -> nextRetrySeconds() >= 6, () -> String.join("\n", Ui.lastRows(4)));
        room.start(HostSettings.onPort(port));
        assertTrue(Ui.enabled(Chat.CONNECT_COMMAND), "Connect is offered while the client waits");
        Ui.command(Chat.CONNECT_COMMAND);
        Ui.until("back at once, well before the retry", Duration.ofSeconds(4),
                () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
        Ui.awaitRow("Back in " + Rooms.DEFAULT); // its room resumed, as after a retry of its own
    }

    private static final Pattern RETRY = Pattern.compile("Reconnecting in ([0-9.]+)\u00a0s");

    /** @return the delay the newest "Reconnecting in N s" row announces, or 0 */
    private static double nextRetrySeconds() {
        List<String> rows = Ui.lastRows(3);
        for (int i = rows.size() - 1; i >= 0; i--) {
            Matcher delay = RETRY.matcher(rows.get(i));
            if (delay.find()) {
                return Double.parseDouble(delay.group(1));
            }
        }
        return 0;
    }

    @Test
    void changedPreferencesApplyToTheOpenConnectionWithoutRestart() throws Exception {
        int port = hostedRoomToConnectTo("first");

        try (RawMember dan = RawMember.join(port, "dan", Ui::until)) {
            Ui.command(Chat.CONNECT_COMMAND);
            Ui.until("dan to see first join", () -> dan.saw("first joined the chat"), dan::received);

            PreferenceDialog dialog = PreferencesDialogs.open();
            PreferencesDialogs.set(dialog, Messages.prefNickname, "second");
            PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);

            Ui.until("dan to see the new name join", () -> dan.saw("second joined the chat"), dan::received);
            Ui.until("the status line to name me", () -> Ui.status().contains("second"), Ui::status);
        }
    }

    /**
     * A setting changed that keeps the name (here: reconnect automatically) reconnects under the same name: the room
     * had not let the old connection's name go when the new one asked for it, and the user became first_2.
     */
    @Test
    void aChangedSettingReconnectsUnderTheSameName() throws Exception {
        int port = hostedRoomToConnectTo("first");

        try (RawMember dan = RawMember.join(port, "dan", Ui::until)) {
            Ui.command(Chat.CONNECT_COMMAND);
            Ui.until("dan to see first join", () -> dan.saw("first joined the chat"), dan::received);
            for (int i = 0; i < 3; i++) {
                PreferenceDialog dialog = PreferencesDialogs.open();
                PreferencesDialogs.toggle(dialog, Messages.prefAutoReconnect);
                PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);
                int joins = i + 2;
                Ui.until("dan to see first join again", () -> dan.received().split("first joined the chat", -1)
                        .length - 1 == joins, dan::received);
            }
            assertTrue(!dan.received().contains("first_"), "the same name each time: " + dan.received());
            Ui.until("the status line to name me", () -> Ui.status().equals(NLS.bind(Messages.stateConnectedAs,
                    "first")), Ui::status);
        }
    }

    /**
     * A remote room that wants a password the preferences do not have: the desktop asks for it (the room's reason
     * shown), connects again with what was typed, asks again after a wrong one, and remembers the right one in secure
     * storage. Before, the user read "set it in the connection settings" and had to find the field.
     */
    @Test
    void aRoomsPasswordIsAskedForAndRemembered() throws Exception {
        int port = Chat.freePort();
        RoomHost room = Services.require(RoomHost.class, null);
        room.start(new HostSettings(port, "127.0.0.1", "sesame", 0, Map.of()));
        Ui.until("the room to run", () -> room.status().hosting(), Ui::status);
        Chat.prefs().put(ChatPreferences.HOST, "127.0.0.1");
        Chat.prefs().putInt(ChatPreferences.PORT, port);
        Chat.prefs().put(ChatPreferences.NICKNAME, "pia");

        Ui.command(Chat.CONNECT_COMMAND);
        Shell prompt = Rooms.shellWith(PasswordDialog.SHELL);
        assertTrue(Ui.labelTexts(prompt).contains(NLS.bind(Messages.passwordAsked, "127.0.0.1:" + port)),
                "asked, as none was set: " + Ui.labelTexts(prompt));
        Ui.widget(Text.class, PasswordDialog.PASSWORD).setText("open sesame");
        Chat.press(prompt, IDialogConstants.OK_ID);
        Ui.until("the wrong password's prompt to close", prompt::isDisposed, () -> "open");
        prompt = Rooms.shellWith(PasswordDialog.SHELL); // refused: asked again
        assertTrue(Ui.labelTexts(prompt).contains(NLS.bind(Messages.passwordWrong, "127.0.0.1:" + port)),
                "told it was the wrong one: " + Ui.labelTexts(prompt));
        // and what the room said (a wait it imposes after too many read as one more wrong password)
        assertTrue(Ui.labelTexts(prompt).contains(NLS.bind(Messages.passwordRoomSaid, "Wrong password (2 tries left).")),
                "the room's words: " + Ui.labelTexts(prompt));
        Ui.widget(Text.class, PasswordDialog.PASSWORD).setText("sesame");
        Chat.press(prompt, IDialogConstants.OK_ID);
        Ui.until("connected with the password typed", () -> Ui.status().equals(
                NLS.bind(Messages.stateConnectedAs, "pia")), Ui::status);
        assertEquals("sesame", Secrets.get(ChatPreferences.PASSWORD),
                "remembered in secure storage, as the box was left ticked");
    }

    /**
     * Hosts a room on a free port and leaves it, the preferences set to connect to it as a remote room as
     * {@code nickname}: the room is there for members, and Connect joins it.
     *
     * @return the room's port
     */
    private static int hostedRoomToConnectTo(String nickname) throws Exception {
        int port = Chat.freePort();
        Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, port);
        Chat.host();
        Ui.until("connected to the hosted room", () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
        Ui.command(Chat.DISCONNECT_COMMAND);
        Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);
        Chat.prefs().put(ChatPreferences.HOST, "127.0.0.1");
        Chat.prefs().putInt(ChatPreferences.PORT, port);
        Chat.prefs().put(ChatPreferences.NICKNAME, nickname);
        return port;
    }
}
