package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.room.RoomHost;
import org.chatroom.testing.RecordingListener;
import org.chatroom.testing.Services;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.bridge.UnreadCount;
import org.chatroom.ui.internal.dialogs.HostRoomDialog;
import org.chatroom.ui.internal.prefs.ChatPreferencePage;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** Issue 11, defect 6 and the Host Room dialog: what the commands offer when, and what the window says. */
class DesktopStatesTest {

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void hostRoomDialogListensWhereTheHostChoseAndOffersTheAddressesToCopy() throws Exception {
        int port = Chat.freePort();
        Chat.prefs().put(ChatPreferences.NICKNAME, "dora");
        Ui.command(Chat.HOST_COMMAND);
        Shell dialog = Chat.hostDialog();
        assertFalse(Ui.enabled(Chat.HOST_COMMAND), "Host Room is not offered while its dialog is open");
        Ui.widget(Text.class, HostRoomDialog.PORT).setText(String.valueOf(port));
        select(Ui.widget(Button.class, HostRoomDialog.LOCAL));
        Text addresses = Ui.widget(Text.class, HostRoomDialog.ADDRESSES);
        assertEquals("127.0.0.1:" + port, addresses.getText(), "this machine only: the loopback address to share");
        Ui.widget(Button.class, HostRoomDialog.COPY).notifyListeners(SWT.Selection, new Event());
        Clipboard clipboard = new Clipboard(Ui.display());
        try {
            assertEquals("127.0.0.1:" + port, clipboard.getContents(TextTransfer.getInstance()));
        } finally {
            clipboard.dispose();
        }
        Ui.widget(Text.class, HostRoomDialog.PORT).setText("70000");
        assertFalse(okEnabled(dialog), "Host is not offered for a port out of range");
        Ui.widget(Text.class, HostRoomDialog.PORT).setText(String.valueOf(port));
        Chat.press(dialog, IDialogConstants.OK_ID);

        RoomHost room = Services.require(RoomHost.class, null);
        Ui.until("the room to run", () -> room.status().hosting(), Ui::status);
        assertEquals(InetAddress.getByName("127.0.0.1"), room.status().address().getAddress(),
                "the room listens on this machine only, as chosen");
        assertEquals(port, room.status().address().getPort());
        Ui.until("connected to the hosted room", () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
        assertFalse(Ui.enabled(Chat.CONNECT_COMMAND), "Connect is not offered while hosting and connected");
        assertFalse(Ui.enabled(Chat.HOST_COMMAND), "Host Room is not offered while hosting");
        assertTrue(Chat.prefs().getBoolean(ChatPreferences.HOSTING_LOCAL_ONLY, false), "the choice is remembered");
        assertEquals(port, Chat.prefs().getInt(ChatPreferences.HOSTING_PORT, 0));
    }

    @Test
    void stopHostingSaysItStoppedAndNothingAboutALostConnection() throws Exception {
        Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, Chat.freePort());
        Chat.host();
        Ui.until("connected to the hosted room", () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
        Ui.spin(300); // lets the join notices arrive before counting
        int before = Ui.messages().getItemCount();
        Ui.command(Chat.STOP_COMMAND);
        Ui.awaitRow(Messages.hostingStopped);
        Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);
        Ui.spin(500); // a late "connection lost" line would arrive within this
        java.util.List<String> rows = Ui.lastRows(Ui.messages().getItemCount() - before);
        assertEquals(1, rows.size(), "one line after Stop Hosting: " + rows);
        assertTrue(rows.get(0).endsWith(" | " + Messages.hostingStopped), "the line says hosting stopped: " + rows);
        assertTrue(Ui.enabled(Chat.CONNECT_COMMAND), "Connect is offered again");
    }

    @Test
    void aFirstFailedConnectSaysItCouldNotConnectAndConnectTriesAgainAtOnce() throws Exception {
        int port = roomNobodyHosts();
        assertTrue(Ui.enabled(Chat.CONNECT_COMMAND));
        Ui.command(Chat.CONNECT_COMMAND);
        Ui.until("the status line to say it could not connect",
                () -> Ui.status().equals(Messages.stateCouldNotConnect), Ui::status);
        // the line holds the state's words alone (the reason was cut at the label's width); the reason is its tooltip
        String tooltip = Ui.statusTip();
        assertTrue(tooltip.startsWith("Cannot connect to 127.0.0.1:" + port + ": "), tooltip);
        String failed = "Cannot connect to 127.0.0.1:" + port + ": ";
        Ui.awaitRow(failed);
        // the rows since connecting (the start's hint rows, when this test runs first, went when it began)
        Table table = Ui.messages();
        int first = 0;
        while (first < table.getItemCount() && !Ui.row(table, first).contains("127.0.0.1:" + port)) {
            first++;
        }
        java.util.List<String> rows = Ui.lastRows(table.getItemCount() - first);
        String row = rows.stream().filter(r -> r.contains(failed)).findFirst().orElseThrow();
        // the client's reason says what failed and when it retries, as sentences; the state's words would repeat it
        assertTrue(row.matches(".* \\| Cannot connect to [^ ]+: [^.]+\\. Reconnecting in [0-9.,]+\u00a0s\\."), row);
        assertTrue(rows.stream().noneMatch(r -> r.contains(Messages.stateReconnecting)),
                "the message list says nothing of a lost connection either: " + rows);
        assertTrue(Ui.enabled(Chat.CONNECT_COMMAND), "Connect is offered while retrying: it tries at once");
        assertFalse(Ui.enabled(Chat.HOST_COMMAND), "Host Room is not offered while connecting elsewhere");
    }

    @Test
    void aLongOutageShowsItsFailedTriesOneTwoFourAndSoOnNotEachOne() throws Exception {
        int port = roomNobodyHosts();
        RecordingListener heard = new RecordingListener();
        ServiceRegistration<ChatListener> registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(ChatListener.class, heard, null);
        try {
            Ui.command(Chat.CONNECT_COMMAND);
            String tried2 = NLS.bind(Messages.stateTries, "", 2).strip();
            String tried4 = NLS.bind(Messages.stateTries, "", 4).strip();
            // the client waits about 1, 2 and 4 s between its tries (each with a fifth of jitter)
            Ui.until("the fourth failed try", Duration.ofSeconds(30), () -> Ui.lastRowContaining(tried4, 20) >= 0,
                    () -> String.join("\n", Ui.lastRows(10)));
            assertEquals(4, heard.states().stream().filter(ConnectionState.RECONNECTING::equals).count(),
                    "the client tried four times: " + heard.details());
            String failed = "Cannot connect to 127.0.0.1:" + port + ": ";
            List<String> rows = Ui.lastRows(10).stream().filter(r -> r.contains(failed)).toList();
            assertEquals(3, rows.size(), "the first, second and fourth tries, not the third: " + rows);
            assertTrue(rows.get(0).endsWith("\u00a0s."), "the first row of an outage is the reason alone: " + rows);
            assertTrue(rows.get(1).endsWith(" " + tried2), rows.get(1));
            assertTrue(rows.get(2).endsWith(" " + tried4), rows.get(2));
            assertTrue(Ui.statusTip().startsWith(failed), "the status line follows each try: " + Ui.statusTip());
        } finally {
            registration.unregister();
        }
    }

    /** @return a port nobody listens on, the preferences set to connect there and retry */
    private static int roomNobodyHosts() throws java.io.IOException {
        int port = Chat.freePort();
        Chat.prefs().put(ChatPreferences.HOST, "127.0.0.1");
        Chat.prefs().putInt(ChatPreferences.PORT, port);
        Chat.prefs().putBoolean(ChatPreferences.AUTO_RECONNECT, true);
        return port;
    }

    @Test
    void theStatusLineFollowsNickAndTheNewNameOutlivesAReconnect() throws Exception {
        Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, Chat.freePort());
        Chat.prefs().put(ChatPreferences.NICKNAME, "ada");
        Chat.host();
        Ui.until("connected as ada", () -> Ui.status().equals(org.eclipse.osgi.util.NLS.bind(
                Messages.stateConnectedAs, "ada")), Ui::status);
        Ui.typeAndEnter("/nick ada2");
        String connectedAsAda2 = org.eclipse.osgi.util.NLS.bind(Messages.stateConnectedAs, "ada2");
        Ui.until("the status line to follow the new name", () -> Ui.status().equals(connectedAsAda2), Ui::status);
        Ui.awaitRow(org.eclipse.osgi.util.NLS.bind(Messages.renamedYou, "ada2")); // not "ada is now known as ada2"
        assertEquals("ada2", Chat.prefs().get(ChatPreferences.NICKNAME, ""), "the new name is kept");
        Ui.awaitRow(Messages.nickKept); // and the user is told so

        ChatClient client = Services.require(ChatClient.class, null);
        client.disconnect();
        Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);
        RoomHost room = Services.require(RoomHost.class, null);
        client.connect(org.chatroom.ui.internal.prefs.ChatPreferences.hostedRoom(room.status().address().getPort()));
        Ui.until("back as ada2", () -> Ui.status().equals(connectedAsAda2), Ui::status);
    }

    @Test
    void theWindowTitleNamesTheRoomAndTheUnreadCountWithoutTrailingSpace() throws Exception {
        Shell shell = Ui.window().getShell();
        Ui.until("the title of a window in no room", () -> shell.getText().equals(Messages.windowTitle),
                shell::getText);
        int port = Chat.freePort();
        Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, port);
        Chat.host();
        Ui.until("the status line to say where others connect", () -> Ui.hosting().contains(":" + port),
                Ui::hosting);
        Matcher where = Pattern.compile("(\\S+:" + port + ")").matcher(Ui.hosting());
        assertTrue(where.find(), Ui.hosting());
        String inRoom = "Chatroom - " + where.group(1); // the room named as the status line names it
        Ui.until("the title to name the room", () -> shell.getText().equals(inRoom), shell::getText);
        IEventBroker broker = Ui.window().getService(IEventBroker.class);
        broker.send(Topics.UNREAD, new UnreadCount(3, 1));
        String unread = "(3, 1 for you) " + inRoom;
        Ui.until("the unread count in the title", () -> shell.getText().equals(unread), shell::getText);
        Chat.disconnect(Services.require(ChatClient.class, null));
        Ui.until("the count to stay when the room goes", () -> shell.getText().equals("(3, 1 for you) Chatroom"),
                shell::getText);
        broker.send(Topics.UNREAD, UnreadCount.NONE);
        Ui.until("the count to go", () -> shell.getText().equals(Messages.windowTitle), shell::getText);
        assertEquals(shell.getText().strip(), shell.getText());
    }

    @Test
    void aLongPreferenceErrorIsShownInFullWrapped() {
        PreferenceDialog dialog = PreferencesDialogs.open();
        try {
            PreferencesDialogs.set(dialog, Messages.prefNickname, "/bad name");
            Label problem = Ui.widget(Label.class, ChatPreferencePage.PROBLEM);
            assertEquals(Messages.errorNickInvalid, problem.getText());
            Ui.spin(50);
            assertTrue(problem.getSize().x <= problem.getParent().getClientArea().width,
                    "the label fits the page: " + problem.getSize() + " in " + problem.getParent().getClientArea());
            assertTrue(problem.getSize().y >= problem.computeSize(problem.getSize().x, SWT.DEFAULT).y,
                    "every wrapped line of the error is shown: " + problem.getSize());
        } finally {
            PreferencesDialogs.press(dialog, IDialogConstants.CANCEL_ID);
        }
    }

    private static void select(Button radio) {
        for (org.eclipse.swt.widgets.Control sibling : radio.getParent().getChildren()) {
            if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0) {
                other.setSelection(other == radio);
            }
        }
        radio.notifyListeners(SWT.Selection, new Event());
    }

    private static boolean okEnabled(Shell dialog) {
        return Chat.button(dialog, IDialogConstants.OK_ID).isEnabled();
    }
}
