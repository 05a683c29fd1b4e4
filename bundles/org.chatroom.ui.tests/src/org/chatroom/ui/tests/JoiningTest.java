package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.KeptRooms;
import org.chatroom.ui.internal.rooms.RoomTexts;
import org.chatroom.ui.internal.theme.Palette;
import org.chatroom.ui.internal.views.MessageRow.Style;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What hosting and joining a room shows: a few lines in the order they happened, one name for the room. */
class JoiningTest {

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void hostingAndJoiningAddAFewLinesInTimeOrder() throws Exception {
        int port = Chat.host("joiner");
        Ui.until("joiner in the member list", () -> Members.names().contains("joiner"),
                () -> Members.names().toString());
        Table table = Ui.messages();
        // the room's history (what earlier tests said in it) comes above the notice in a tab that showed no room yet,
        // below it in one that did (this test may run first or after others): search the whole list
        int start = Ui.lastRowContaining("(port " + port + ")", table.getItemCount());
        assertTrue(start >= 0, "the hosting notice: " + Ui.lastRows(12));
        // what earlier tests said in this room comes back as its history: dimmed rows above a separator line
        RGB history = new Palette(table.getForeground().getRGB(), table.getBackground().getRGB())
                .foreground(Style.HISTORY);
        List<String> rows = new ArrayList<>();
        List<String> ordered = new ArrayList<>(); // and the separator, stamped with the time of the row below it
        for (int i = start; i < table.getItemCount(); i++) {
            String row = Ui.row(table, i);
            if (!history.equals(table.getItem(i).getForeground().getRGB())) {
                ordered.add(row);
                if (!row.endsWith(RoomTexts.historyEnd)) {
                    rows.add(row);
                }
            }
        }
        assertTrue(rows.size() <= 3, "hosting, whom the client joined as, the room joined: " + rows);
        assertTrue(rows.stream().noneMatch(row -> row.endsWith("| " + Messages.stateConnected)
                || row.contains("/join ROOM") || row.contains("joiner joined")), "nothing said twice: " + rows);
        for (int i = 1; i < ordered.size(); i++) {
            assertTrue(ordered.get(i - 1).substring(0, 8).compareTo(ordered.get(i).substring(0, 8)) <= 0,
                    "in time order: " + ordered);
        }
    }

    @Test
    void theTitleNamesTheHostedRoomAsTheStatusLineDoes() throws Exception {
        int port = Chat.host("namer");
        Matcher where = Pattern.compile("(\\S+:" + port + ")").matcher(Ui.hosting());
        assertTrue(where.find(), "the status line says where others connect: " + Ui.hosting());
        String address = where.group(1);
        Ui.until("the title to name the room as the status line does",
                () -> Ui.window().getShell().getText().endsWith(" - " + address),
                () -> Ui.window().getShell().getText() + " / " + Ui.hosting());
    }

    /**
     * Found by using the product: a host field naming its port ({@code 127.0.0.1:54102}, as the field allows for a
     * list of servers) with another port in the port field joined the right server, but the title read
     * "127.0.0.1:54102:54101" and the rooms were kept under a name no later start looks for (both from one name).
     */
    @Test
    void aHostFieldNamingItsPortIsThatServerForTheRoomsKept() throws Exception {
        int port = Chat.host("porter");
        Ui.command(Chat.DISCONNECT_COMMAND);
        Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);
        Chat.prefs().put(ChatPreferences.HOST, "127.0.0.1:" + port);
        Chat.prefs().putInt(ChatPreferences.PORT, port == 1 ? 2 : 1);
        Ui.command(Chat.CONNECT_COMMAND);
        Rooms.awaitJoined(Rooms.DEFAULT);
        Ui.until("its rooms kept under its name", () -> KeptRooms.of("127.0.0.1_" + port).contains(Rooms.DEFAULT),
                () -> "" + KeptRooms.of("127.0.0.1_" + port));
    }

    @Test
    void aServerHasOneNameHoweverItsAddressIsWritten() {
        assertEquals("127.0.0.1_5", KeptRooms.key("127.0.0.1:5", 9));
        assertEquals(KeptRooms.key("127.0.0.1", 5), KeptRooms.key("127.0.0.1:5", 9));
        assertEquals(KeptRooms.key("::1", 5), KeptRooms.key("[::1]:5", 9));
        assertEquals("::1_9", KeptRooms.key("[::1]", 9));
        assertEquals("a_1,b_2", KeptRooms.key("a:1, b", 2), "a list of servers sharing their rooms");
        assertEquals("127.0.0.1:5", KeptRooms.address("127.0.0.1:5", 9), "as the title and 'Connecting to' say it");
        assertEquals("[::1]:5, b:2", KeptRooms.address("[::1]:5,b", 2));
        assertEquals("[::1]:5", KeptRooms.addressOf(KeptRooms.key("[::1]:5,b", 2)), "the title names the first");
    }
}
