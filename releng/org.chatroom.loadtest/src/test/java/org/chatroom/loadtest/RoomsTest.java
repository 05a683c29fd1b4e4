package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The spread over rooms: channels, senders per room, expected deliveries, and a receiver that counts leaks. */
class RoomsTest {

    @Test
    void oneRoomIsTheBaseChannelAndSeveralAreNumbered() {
        assertEquals("#room", new Rooms(1, "#room").channel(0));
        Rooms three = new Rooms(3, "#load");
        assertEquals("#load-0", three.channel(0));
        assertEquals("#load-2", three.channel(2));
        assertEquals("#load-2".length(), three.longestChannel());
        assertEquals("#load-99".length(), new Rooms(100, "#load").longestChannel());
    }

    @Test
    void clientsAndSendersGoRoundRobin() {
        Rooms rooms = new Rooms(3, "#room");
        assertEquals(0, rooms.of(0));
        assertEquals(1, rooms.of(4));
        assertEquals(2, rooms.of(11));
        // 5 senders over 3 rooms: 0 and 3 in room 0, 1 and 4 in room 1, 2 in room 2
        assertEquals(2, rooms.senders(0, 5));
        assertEquals(2, rooms.senders(1, 5));
        assertEquals(1, rooms.senders(2, 5));
        assertEquals(0, rooms.senders(2, 2));
        assertEquals(0, rooms.slot(1));
        assertEquals(1, rooms.slot(4));
        Rooms hundred = new Rooms(100, "#room");
        for (int room = 0; room < 100; room++) {
            assertEquals(1, hundred.senders(room, 100), "100 senders over 100 rooms: one each");
        }
        Rooms seven = new Rooms(7, "#room");
        int total = 0;
        for (int room = 0; room < 7; room++) {
            assertEquals(room < 2 ? 15 : 14, seven.senders(room, 100), "100 over 7 rooms: 15, 15, then 14 each");
            total += seven.senders(room, 100);
        }
        assertEquals(100, total);
    }

    @Test
    void onlySameRoomPairsAreExpected() {
        // room 0: 10 messages, 4 receivers; room 1: 3 messages, 2 receivers; 5 of the messages came from receivers
        assertEquals(10 * 4 + 3 * 2 - 5, Rooms.expected(new long[] {10, 3}, new long[] {4, 2}, 5));
    }

    @Test
    void aReceiverCountsItsRoomsSendersAndCountsOtherRoomsAsLeaked() {
        Options options = Options.parse("--port", "6667", "--protocol", "irc", "--clients", "12", "--senders", "6",
                "--rooms", "3", "--channel", "#load");
        // room 1, with senders 1 and 4
        Connection c = new Connection(4, 4, false, options, 0, new Histogram(), new Histogram());
        assertEquals(1, c.room);
        c.state = Connection.State.AWAIT_PROMPT;
        receive(c, ":irc.test 001 u4 :Welcome\r\n");
        assertEquals("JOIN #load-1\r\n", StandardCharsets.ISO_8859_1.decode(c.out.flip()).toString(),
                "room 1 is channel #load-1");
        receive(c, ":u4!u4@h JOIN :#load-1\r\n");
        assertEquals(Connection.State.JOINED, c.state);
        receive(c, ":u1!u1@h PRIVMSG #load-1 :#1:0:5;\r\n:u1!u1@h PRIVMSG #load-1 :#1:1:5;\r\n");
        assertEquals(2, c.delivered, "sender 1 is in room 1");
        receive(c, ":u0!u0@h PRIVMSG #load-1 :#0:0:5;\r\n:u5!u5@h PRIVMSG #load-1 :#5:0:5;\r\n");
        assertEquals(2, c.delivered);
        assertEquals(2, c.leaked, "senders 0 and 5 are in rooms 0 and 2");
        receive(c, ":u1!u1@h PRIVMSG #load-1 :#1:1:5;\r\n");
        assertEquals(1, c.duplicates(), "per sender of the room as before");
        receive(c, ":u7!u7@h PRIVMSG #load-1 :#7:0:5;\r\n");
        assertEquals(1, c.corrupt, "no sender 7 exists");
        assertEquals(2, c.leaked);
    }

    private static void receive(Connection c, String text) {
        c.received(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)), 1_000_000);
    }
}
