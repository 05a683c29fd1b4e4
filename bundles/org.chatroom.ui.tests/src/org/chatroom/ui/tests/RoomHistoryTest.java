package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.testing.RawMember;
import org.chatroom.testing.RawRoomClient;
import org.chatroom.testing.Services;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.privates.PrivateChats;
import org.chatroom.ui.internal.rooms.RoomTexts;
import org.chatroom.ui.internal.views.ViewTexts;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 9, desktop: history on opening a room (dimmed, apart), scroll-back, and what was missed after a drop. */
class RoomHistoryTest {

    @BeforeEach
    void atTheWindow() {
        Rooms.focusWindow();
    }

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void historyOnOpeningIsDimmedAndScrollingToTheTopLoadsOlderPages() throws Exception {
        int port = Rooms.host("ada");
        String room = Rooms.fresh("past");
        try (RoomsMember bob = RoomsMember.connect(port, "bob", "CREATE " + room);
                RoomsMember carl = joined(port, "carl", room, bob);
                RoomsMember dave = joined(port, "dave", room, carl);
                RoomsMember erin = joined(port, "erin", room, dave)) {
            say120Lines(room, List.of(bob, carl, dave, erin));
            Ui.typeAndEnter("/join " + room);
            Rooms.awaitTab(room);
            Table table = Rooms.table(room);
            Rooms.awaitRow(table, RoomTexts.historyEnd);
            int separator = Rooms.index(table, RoomTexts.historyEnd);
            int newest = Rooms.index(table, "line 119");
            assertTrue(newest >= 0 && newest < separator, "the history comes before the separator");
            assertEquals(-1, Rooms.index(table, "line 0"), "only the last events come on joining");
            assertNotEquals(table.getForeground().getRGB(), table.getItem(newest).getForeground().getRGB(),
                    "history is dimmed");
            bob.send("MSG " + room + " said live");
            Rooms.awaitRow(table, "said live");
            assertEquals(table.getForeground().getRGB(),
                    table.getItem(Rooms.index(table, "said live")).getForeground().getRGB(), "live rows are not");
            // said while another tab was shown: a "new messages" line, and the history's separator stays (the
            // first marker of a tab whose history came above took the separator's place in the list, and removed it)
            Rooms.show(Rooms.DEFAULT);
            bob.send("MSG " + room + " said while elsewhere");
            Rooms.awaitRow(table, "said while elsewhere");
            Rooms.show(room);
            int marker = Rooms.index(table, ViewTexts.newMessagesMarker);
            assertEquals(Rooms.index(table, "said while elsewhere") - 1, marker, "where the user left off");
            assertEquals(1, Rooms.count(table, RoomTexts.historyEnd), "the history's separator stays");
            assertTrue(Rooms.index(table, RoomTexts.historyEnd) < marker, "above the new messages");

            Ui.until("scrolling to the top to load the whole history", () -> {
                if (Rooms.index(table, "line 0") >= 0) {
                    return true;
                }
                Ui.scrollTo(table, 0);
                return false;
            }, () -> table.getItemCount() + " rows; first: " + Ui.row(table, 0));
            Ui.until("bob's creation of the room at the top", () -> Rooms.index(table, "bob joined") == 0,
                    () -> Ui.row(table, 0));
            for (int i = 0; i < 120; i++) {
                assertEquals(1, Rooms.count(table, "line " + i), "line " + i + " once");
            }
            for (int i = 1; i < 120; i++) {
                int at = i;
                assertTrue(Rooms.index(table, "line " + (i - 1)) < Rooms.index(table, "line " + i),
                        () -> "in order at line " + at + ":\n" + Rooms.last(table, table.getItemCount()));
            }
        }
    }

    /** "line 0" to "line 119" in {@code room}, 30 from each of the four {@code members}: within their flood limit. */
    static void say120Lines(String room, List<RoomsMember> members) throws Exception {
        int line = 0;
        for (RoomsMember member : members) {
            for (int i = 0; i < 30; i++, line++) {
                member.send("MSG " + room + " line " + line);
            }
            String last = "line " + (line - 1);
            Ui.until("the room to take " + last, () -> member.saw(last), member::received);
        }
    }

    /** A member who joins {@code room} once {@code before} has seen it happen (the room's order is the join order). */
    static RoomsMember joined(int port, String name, String room, RoomsMember before) throws Exception {
        Ui.until(room + " to exist", () -> before.saw("JOINED"), before::received);
        RoomsMember member = RoomsMember.connect(port, name, "JOIN " + room);
        Ui.until(name + " in " + room, () -> member.saw("JOINED"), member::received);
        return member;
    }

    /**
     * Connected again within a minute (as after a quick restart), the history shows the earlier connection's join
     * above its leave: the join was hidden as if it were this connection's, under a leave with no join before it.
     */
    @Test
    void theJoinOfAnEarlierConnectionStaysInTheHistoryAboveItsLeave() throws Exception {
        String ada = Rooms.fresh("ada"); // the room log outlives a test: a name of its own
        int port = Chat.host(ada);
        Rooms.awaitJoined(Rooms.DEFAULT);
        try (RawMember bob = RawMember.join(port, "bob", Ui::until)) {
            Ui.command(Chat.DISCONNECT_COMMAND);
            Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);
            // its leave is in the history the next join shows
            Ui.until("the room to see ada leave", () -> bob.saw(ada + " left the chat"), bob::received);
            // another address of the room (it listens on all of them): another server to the client, which joins
            // afresh instead of resuming the room from where it left
            Chat.prefs().put(ChatPreferences.HOST, "127.0.0.2");
            Chat.prefs().putInt(ChatPreferences.PORT, port);
            Ui.command(Chat.CONNECT_COMMAND);
            Rooms.awaitJoined(Rooms.DEFAULT);
        }
        Table general = Rooms.table(Rooms.DEFAULT);
        assertEquals(1, Rooms.count(general, ada + " joined the chat"), Rooms.last(general, 12));
        assertEquals(1, Rooms.count(general, ada + " left the chat"), Rooms.last(general, 12));
        assertTrue(Rooms.index(general, ada + " joined the chat") < Rooms.index(general, ada + " left the chat"),
                Rooms.last(general, 12));
    }

    /**
     * Found by using the product: after a switch to another server, the tab kept the first server's lines and the
     * room of the same name added its history under them (times going back, lines twice), and a conversation open
     * with bob sent what was typed in it to whoever was called bob on the new server. The tabs start afresh and the
     * conversations close.
     */
    @Test
    void anotherServerStartsTheTabsAfreshAndClosesTheConversations() throws Exception {
        String ada = Rooms.fresh("ada");
        int port = Chat.host(ada);
        Rooms.awaitJoined(Rooms.DEFAULT);
        try (RawRoomClient bob = RawRoomClient.join(new InetSocketAddress("127.0.0.1", port), "bob")) {
            bob.send("JOIN " + Rooms.DEFAULT);
            bob.send("MSG " + Rooms.DEFAULT + " said on the first server");
            Rooms.awaitRow(Rooms.table(Rooms.DEFAULT), "said on the first server");
            bob.send("PRIV " + ada + " between us");
            Ui.until("the conversation with bob", () -> PrivateChats.isOpen("bob"), () -> "not open");
            Ui.command(Chat.DISCONNECT_COMMAND);
            Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);
            // another address of the room (it listens on all of them): another server to the desktop
            Chat.prefs().put(ChatPreferences.HOST, "127.0.0.2");
            Chat.prefs().putInt(ChatPreferences.PORT, port);
            Ui.command(Chat.CONNECT_COMMAND);
            Rooms.awaitJoined(Rooms.DEFAULT);
            Table general = Rooms.table(Rooms.DEFAULT);
            Rooms.awaitRow(general, RoomTexts.historyEnd);
            assertEquals(1, Rooms.count(general, "said on the first server"), "once, from the history: "
                    + Rooms.last(general, 20));
            assertEquals(1, Rooms.labels().size(), "one tab: " + Rooms.labels());
            Rooms.awaitRow(general, "Connecting to 127.0.0.2:" + port + " as " + ada + "...");
            assertFalse(PrivateChats.isOpen("bob"), "the conversation with the first server's bob is closed");
        }
    }

    @Test
    void afterAReconnectTheMissedMessagesAreShownInPlaceBehindAMarker() throws Exception {
        int port = Chat.host("ada");
        ChatClient client = Services.require(ChatClient.class, null);
        Chat.disconnect(client);
        try (Relay relay = new Relay(port); RawMember bob = RawMember.join(port, "bob", Ui::until)) {
            Chat.prefs().put(ChatPreferences.HOST, "127.0.0.1");
            Chat.prefs().putInt(ChatPreferences.PORT, relay.port());
            Chat.prefs().putBoolean(ChatPreferences.AUTO_RECONNECT, true);
            Ui.command(Chat.CONNECT_COMMAND);
            Rooms.awaitJoined(Rooms.DEFAULT);
            Table general = Rooms.table(Rooms.DEFAULT);
            bob.send("before the drop");
            Rooms.awaitRow(general, "before the drop");

            relay.refuse(true);
            relay.cut();
            Ui.until("the client to notice the drop", () -> client.state() == ConnectionState.RECONNECTING,
                    client.state()::toString);
            for (int i = 1; i <= 3; i++) {
                bob.send("missed " + i);
            }
            Ui.until("bob's lines to be said", () -> bob.saw("bob: missed 3"), bob::received);
            relay.refuse(false);

            String marker = RoomTexts.format(RoomTexts.awayMarker, 3);
            Rooms.awaitRow(general, marker, Ui.WAIT.plus(Ui.RECONNECT_MAX)); // the client may be in its longest delay
            int at = Rooms.index(general, marker);
            assertTrue(Rooms.index(general, "before the drop") < at, "after what was seen");
            for (int i = 1; i <= 3; i++) {
                int row = Rooms.index(general, "missed " + i);
                assertTrue(row > at, "missed " + i + " behind the marker: " + Rooms.last(general, 12));
                assertEquals(general.getForeground().getRGB(), general.getItem(row).getForeground().getRGB(),
                        "missed messages are new to the user, not dimmed history");
                assertEquals(1, Rooms.count(general, "missed " + i), "once");
            }
            assertEquals(1, Rooms.count(general, "before the drop"), "nothing shown twice");
            inTimeOrder(general, "missed 3", "ada");
        }
    }

    /**
     * What was missed stands before the lines of connecting again ("Connected as ada."), where it happened: it came
     * after them, and the rows' times went back below them.
     */
    private static void inTimeOrder(Table general, String lastMissed, String me) {
        int connected = Rooms.lastIndex(general, "Connected as " + me);
        assertTrue(connected > Rooms.index(general, lastMissed), "what was missed before connecting again, above it: "
                + Rooms.last(general, 10));
    }
    /**
     * Disconnect, then Connect to the same server: the tabs stay as they were, nothing they show comes again, and
     * everything said meanwhile follows behind the marker, more than the history a join brings (the rooms are
     * resumed), without the user's own leave, which ended what the user saw.
     */
    @Test
    void connectingAgainToTheSameServerAddsOnlyWhatWasMissed() throws Exception {
        String ada = Rooms.fresh("ada");
        int port = Chat.host(ada);
        String ops = Rooms.fresh("ops");
        ChatClient client = Services.require(ChatClient.class, null);
        try (RawMember bob = RawMember.join(port, "bob", Ui::until);
                RawMember carl = RawMember.join(port, "carl", Ui::until)) {
            Chat.disconnect(client);
            Chat.prefs().put(ChatPreferences.HOST, "127.0.0.1");
            Chat.prefs().putInt(ChatPreferences.PORT, port);
            Ui.command(Chat.CONNECT_COMMAND);
            Rooms.awaitJoined(Rooms.DEFAULT);
            Ui.typeAndEnter("/create " + ops);
            Rooms.awaitTab(ops);
            Rooms.showDefault();
            Table general = Rooms.table(Rooms.DEFAULT);
            bob.send("before the disconnect");
            Rooms.awaitRow(general, "before the disconnect");
            int leaves = Rooms.count(general, ada + " left the chat");
            int joins = Rooms.count(general, "carl joined the chat");

            Chat.disconnect(client);
            Ui.until("the room to see " + ada + " leave", () -> bob.saw(ada + " left the chat"), bob::received);
            for (int i = 0; i < 60; i++) { // 30 each, within a member's flood limit: more than a join's history
                (i % 2 == 0 ? bob : carl).send(String.format("missed %02d", i));
            }
            Ui.until("the lines to be said", () -> bob.saw("carl: missed 59"), bob::received);
            Ui.command(Chat.CONNECT_COMMAND);
            Rooms.awaitJoined(Rooms.DEFAULT);

            String marker = RoomTexts.format(RoomTexts.awayMarker, 60);
            Rooms.awaitRow(general, marker);
            int at = Rooms.index(general, marker);
            for (int i = 0; i < 60; i++) {
                String missed = String.format("missed %02d", i);
                assertEquals(1, Rooms.count(general, missed), missed + " once");
                assertTrue(Rooms.index(general, missed) > at, missed + " behind the marker");
            }
            assertEquals(1, Rooms.count(general, "before the disconnect"), "nothing shown again");
            assertEquals(joins, Rooms.count(general, "carl joined the chat"), "nothing shown again");
            assertEquals(leaves, Rooms.count(general, ada + " left the chat"), "the user's own leave is not news");
            assertEquals(2, Rooms.folder().getItemCount(), "the tabs stay: " + Rooms.labels());
            assertTrue(Rooms.tab(ops) != null && Rooms.tab(Rooms.DEFAULT) == Rooms.folder().getItem(0),
                    "the tabs stay: " + Rooms.labels());
            inTimeOrder(general, "missed 59", ada);
        }
    }
}
