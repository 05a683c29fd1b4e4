package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Dictionary;
import java.util.Hashtable;

import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.Services;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.IrcPreferences;
import org.chatroom.ui.internal.rooms.RoomTexts;
import org.chatroom.ui.internal.rooms.SearchDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The desktop over IRC on Chatroom's own IRC listener, which keeps the channels' history (IRCv3
 * {@code draft/chathistory}): a channel's latest lines come dimmed above the separator on joining it, scrolling to
 * the top loads the older ones, and after a Disconnect and Connect what was said meanwhile comes once, not dimmed. IRC
 * has no search: the search dialog says so and points to scrolling. The room is the one the desktop hosts, its IRC
 * listener configured beside it; the other member is a raw IRC client.
 */
class IrcHistoryDesktopTest {

    private static final String PID = "org.chatroom.irc";

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
        Services.get(ConfigurationAdmin.class, "").getConfiguration(PID, "?").delete();
    }

    @Test
    void aChannelsHistoryComesOnJoiningOlderPagesOnScrollingUpAndWhatWasMissedOnConnectingAgain() throws Exception {
        Chat.host("hosty");
        int ircPort = listen();
        String channel = "#" + Rooms.fresh("irchist");
        try (RawIrcClient bob = RawIrcClient.register(new InetSocketAddress("127.0.0.1", ircPort), "bob")) {
            bob.send("JOIN " + channel);
            bob.await(" 366 bob " + channel + " ");
            for (int i = 0; i < 60; i++) {
                bob.send("PRIVMSG " + channel + " :line " + i);
                Thread.sleep(60); // within the room's flood limit (20 a second)
            }
            bob.send("PING :said");
            bob.await("PONG .*said");

            Chat.disconnect(Services.require(org.chatroom.api.client.ChatClient.class, null));
            Chat.prefs().put(IrcPreferences.PROTOCOL, IrcPreferences.IRC);
            Chat.prefs().put(IrcPreferences.CHANNELS, channel);
            Chat.prefs().put(ChatPreferences.HOST, "127.0.0.1");
            Chat.prefs().putInt(ChatPreferences.PORT, ircPort);
            Chat.prefs().put(ChatPreferences.NICKNAME, "desky");
            Ui.command(Chat.CONNECT_COMMAND);
            Rooms.awaitTab(channel);
            Table table = Rooms.table(channel);
            Rooms.awaitRow(table, RoomTexts.historyEnd);
            int newest = Rooms.index(table, "line 59");
            assertTrue(newest >= 0 && newest < Rooms.index(table, RoomTexts.historyEnd), "history above the line");
            assertEquals(-1, Rooms.index(table, "line 0"), "only the latest lines come on joining");
            assertNotEquals(table.getForeground().getRGB(), table.getItem(newest).getForeground().getRGB(),
                    "history is dimmed");

            // dragged up with the scroll bar, as a user does (not the list told its top line: that hid a bug of
            // SWT on GTK, which answered the last line as the top one there, so the list jumped to the newest)
            Ui.until("scrolling to the top to load the older lines", () -> {
                if (Rooms.index(table, "line 0") >= 0) {
                    return true;
                }
                ScrollBar bar = table.getVerticalBar();
                bar.setSelection(0);
                Event dragged = new Event();
                dragged.detail = SWT.DRAG;
                bar.notifyListeners(SWT.Selection, dragged);
                Ui.spin(100);
                return false;
            }, () -> table.getItemCount() + " rows; first: " + Ui.row(table, 0) + "; at the top: " + Ui.row(table,
                    table.getTopIndex()));
            for (int i = 0; i < 60; i++) {
                assertEquals(1, Rooms.count(table, "line " + i), "line " + i + " once");
                assertTrue(i == 0 || Rooms.index(table, "line " + (i - 1)) < Rooms.index(table, "line " + i),
                        "in order at line " + i);
            }

            Ui.command(RoomSearchTest.FIND);
            Shell search = Rooms.shellWith(SearchDialog.SHELL);
            try { // said on opening
                assertEquals(NLS.bind(RoomTexts.searchNotOverIrc, channel),
                        Ui.widget(Label.class, SearchDialog.STATUS).getText());
                assertFalse(Ui.widget(Button.class, SearchDialog.GO).isEnabled());
            } finally {
                search.close();
            }

            Ui.command(Chat.DISCONNECT_COMMAND);
            Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);
            bob.send("PRIVMSG " + channel + " :said while desky was away");
            bob.send("PING :away");
            bob.await("PONG .*away");
            Ui.command(Chat.CONNECT_COMMAND);
            Rooms.awaitRow(table, "said while desky was away");
            Rooms.awaitRow(table, "Back in " + channel + ": 1 message while you were away.");
            int missed = Rooms.index(table, "said while desky was away");
            assertEquals(1, Rooms.count(table, "said while desky was away"));
            assertEquals(table.getForeground().getRGB(), table.getItem(missed).getForeground().getRGB(),
                    "what was missed is not dimmed: the user has not seen it");
            assertEquals(1, Rooms.count(table, "line 59"), "nothing seen before comes again");
        }
    }

    /** Configures the IRC listener beside the room on a free loopback port. @return the port, once it listens */
    private static int listen() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Configuration configuration = Services.get(ConfigurationAdmin.class, "").getConfiguration(PID, "?");
        Dictionary<String, Object> settings = new Hashtable<>();
        settings.put("port", port);
        settings.put("tls.port", -1);
        settings.put("bind.address", "127.0.0.1");
        configuration.update(settings);
        int listening = port;
        Ui.until("the IRC listener on port " + port, () -> {
            try (Socket socket = new Socket("127.0.0.1", listening)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        }, () -> "not listening");
        return port;
    }
}
