package org.chatroom.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.chatroom.api.log.EventKind;
import org.chatroom.protocol.ClientCommand;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.Hello;
import org.chatroom.protocol.ProtocolException;
import org.chatroom.protocol.RoomCommand;
import org.chatroom.protocol.RoomLine;
import org.chatroom.protocol.RoomNames;
import org.chatroom.protocol.ServerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lines of protocol 2 (PROTOCOL.md section 7): documented forms, round trips and refusals. */
class RoomProtocolTest {

    private static final String TS = "2026-11-25T11:48:03.123Z";
    private static final Instant T = Instant.parse(TS);

    @Test
    void helloOfVersionTwo() {
        byte[] frame = Arrays.copyOf(Hello.helloBytes(2), Hello.helloBytes(2).length - 1);
        assertEquals(2, Hello.version(frame));
        assertEquals(1, Hello.version(Arrays.copyOf(Hello.helloBytes(), Hello.helloBytes().length - 1)));
        assertEquals(0, Hello.version("CHATROOM/2".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(Hello.isHello(frame), "version 1 servers do not take the hello of version 2 for theirs");
        assertArrayEquals("CHATROOM/2 OK\n".getBytes(StandardCharsets.US_ASCII), Hello.okBytes(2));
        assertTrue(Hello.isOk("Please enter your name and press EnterCHATROOM/2 OK", 2));
        assertFalse(Hello.isOk("CHATROOM/1 OK", 2));
        for (int length = 1; length < frame.length; length++) {
            assertTrue(Hello.isHelloPrefix(Arrays.copyOf(frame, length)), "prefix of length " + length);
        }
    }

    @Test
    void clientLinesAsDocumented() throws ProtocolException {
        List<RoomCommand> commands = List.of(new RoomCommand.Rooms(), new RoomCommand.Create("ops", ""),
                new RoomCommand.Create("ops", "open sesame"), new RoomCommand.Join("ops", RoomCommand.NO_SEQ, ""),
                new RoomCommand.Join("ops", 42, ""), new RoomCommand.Join("ops", RoomCommand.NO_SEQ, "se same"),
                new RoomCommand.Join("ops", 0, "key"), new RoomCommand.Join("ops", 42, "", "2026-12-06T13:41:49Z"),
                new RoomCommand.Join("ops", 42, "se same", "r7"), new RoomCommand.Part("ops", ""),
                new RoomCommand.Part("ops", "lunch time"), new RoomCommand.Say("ops", "hi  all "),
                new RoomCommand.Act("ops", "waves"), new RoomCommand.SetTopic("ops", "Friday release"),
                new RoomCommand.SetTopic("ops", ""), new RoomCommand.Names("ops"),
                new RoomCommand.History("ops", 120, 50), new RoomCommand.Search("ops", 20, "friday release"),
                new RoomCommand.Plain(new ClientCommand.Nick("alice")),
                new RoomCommand.Plain(new ClientCommand.Priv("bob", "psst")),
                new RoomCommand.Plain(new ClientCommand.Quit()));
        for (RoomCommand command : commands) {
            assertEquals(command, RoomCommand.parse(command.toLine()), command.toLine());
        }
        assertEquals("JOIN ops - se same", new RoomCommand.Join("ops", RoomCommand.NO_SEQ, "se same").toLine());
        assertEquals("MSG ops hi", new RoomCommand.Say("ops", "hi").toLine());
        assertEquals("HISTORY ops 120 50", new RoomCommand.History("ops", 120, 50).toLine());
        assertEquals("SEARCH ops 20 friday release", new RoomCommand.Search("ops", 20, "friday release").toLine());
        assertEquals(new RoomCommand.History("ops", -1, -5), RoomCommand.parse("HISTORY ops -1 -5"),
                "negative numbers reach the room, which refuses them with its own code");
        assertFalse(new RoomCommand.Join("ops", 1, "secret").toString().contains("secret"));
    }

    /** A room's identity: in {@code JOINED} after the number, and after the number of a resume, joined by an at. */
    @Test
    void theRoomsIdentityFollowsTheNumber() throws ProtocolException {
        assertEquals("JOINED " + TS + " ops 7 2026-12-06T13:41:49.5Z",
                new RoomLine.Joined(T, "ops", 7, "2026-12-06T13:41:49.5Z").toLine());
        assertEquals(new RoomLine.Joined(T, "ops", 7, "r1"), RoomLine.parse("JOINED " + TS + " ops 7 r1 later"),
                "a field a later version adds is left out");
        assertEquals(new RoomLine.Joined(T, "ops", 7, ""), RoomLine.parse("JOINED " + TS + " ops 7"),
                "a server before identities");
        assertEquals("JOIN ops 42@r1 se same", new RoomCommand.Join("ops", 42, "se same", "r1").toLine());
        assertEquals("JOIN ops 42@r1", new RoomCommand.Join("ops", 42, "", "r1").toLine());
        assertEquals("JOIN ops", new RoomCommand.Join("ops", RoomCommand.NO_SEQ, "", "r1").toLine(),
                "no resume: nothing to continue");
        assertEquals(new RoomCommand.Join("ops", 42, "", ""), RoomCommand.parse("JOIN ops 42"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "MSG ops", "MSG", "JOIN", "JOIN ops x", "JOIN ops x@r1", "JOIN ops @r1", "HISTORY ops 1",
            "HISTORY ops a 5", "SEARCH ops 5", "SEARCH ops many words", "NAMES", "PART", "CREATE" })
    void malformedClientLinesAreBadCommands(String line) {
        assertEquals(ErrorCode.BAD_COMMAND, assertThrows(ProtocolException.class, () -> RoomCommand.parse(line)).code());
    }

    @Test
    void unknownCommandsAreNamed() {
        assertEquals(ErrorCode.UNKNOWN_COMMAND,
                assertThrows(ProtocolException.class, () -> RoomCommand.parse("FLY ops")).code());
    }

    @Test
    void serverLinesAsDocumented() throws ProtocolException {
        assertEquals("EVENT ops 7 " + TS + " MESSAGE alice hi all",
                new RoomLine.Event(RoomLine.Mark.EVENT, "ops", 7, T, EventKind.MESSAGE, "alice", "hi all").toLine());
        assertEquals("HISTORY ops 3 " + TS + " LEAVE bob",
                new RoomLine.Event(RoomLine.Mark.HISTORY, "ops", 3, T, EventKind.LEAVE, "bob", "").toLine());
        assertEquals("EVENT ops 8 " + TS + " MESSAGE bot built", new RoomLine.Event(RoomLine.Mark.EVENT, "ops", 8, T,
                EventKind.NOTICE, "bot", "built").toLine(), "chatroom/2 has no notices: a notice is a message");
        assertEquals("ROOM ops 3 Friday release", new RoomLine.RoomInfo("ops", 3, "Friday release").toLine());
        assertEquals("JOINED " + TS + " ops 7", new RoomLine.Joined(T, "ops", 7).toLine());
        assertEquals("MEMBERS " + TS + " ops bob alice", new RoomLine.Members(T, "ops", List.of("bob", "alice")).toLine());
        assertEquals("TOPIC " + TS + " ops -", new RoomLine.Topic(T, "ops", "", "").toLine());
        List<RoomLine> lines = List.of(new RoomLine.RoomInfo("ops", 3, "Friday release"),
                new RoomLine.RoomInfo("ops", 0, ""), new RoomLine.RoomsEnd(2),
                new RoomLine.Event(RoomLine.Mark.EVENT, "ops", 7, T, EventKind.MESSAGE, "alice", " spaced  "),
                new RoomLine.Event(RoomLine.Mark.FOUND, "ops", 7, T, EventKind.ACTION, "alice", "waves"),
                new RoomLine.Event(RoomLine.Mark.HISTORY, "ops", 8, T, EventKind.NICK, "alice", "alicia"),
                new RoomLine.Lost("ops", 1200), new RoomLine.Joined(T, "ops", 0),
                new RoomLine.Joined(T, "ops", 3, "r1"),
                new RoomLine.Members(T, "ops", List.of("bob", "alice")), new RoomLine.Members(T, "ops", List.of()),
                new RoomLine.Topic(T, "ops", "alice", "Friday"), new RoomLine.Topic(T, "ops", "", ""),
                new RoomLine.Parted(T, "ops", ""), new RoomLine.Parted(T, "ops", "banned by host"),
                new RoomLine.Closed(T, "ops", "done"), new RoomLine.End("ops", "HISTORY", 50),
                new RoomLine.Plain(new ServerEvent.Welcome(T, "alice")),
                new RoomLine.Plain(new ServerEvent.Err(ErrorCode.NO_SUCH_ROOM, "No room called x.")));
        for (RoomLine line : lines) {
            assertEquals(line, RoomLine.parse(line.toLine()), line.toLine());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "EVENT ops x " + TS + " MESSAGE alice hi", "EVENT ops 1 " + TS + " SHOUT alice hi",
            "EVENT ops 1 yesterday MESSAGE alice hi", "ROOMS many", "JOINED " + TS + " ops" })
    void malformedServerLinesAreRefused(String line) {
        assertInstanceOf(ProtocolException.class, assertThrows(ProtocolException.class, () -> RoomLine.parse(line)));
    }

    @Test
    void roomNamesFollowTheNameRules() {
        assertTrue(RoomNames.check("rust-lang", 32).isEmpty());
        assertTrue(RoomNames.check("café", 32).isEmpty());
        assertTrue(RoomNames.check("c#", 32).isEmpty());
        // "#hash" beside "hash": every client shows room NAME as #NAME (IRC's way), and took the one for the other
        for (String bad : List.of("", "two words", "/ops", "{quit}", "-", "tab\there", "a".repeat(33), "#hash")) {
            assertEquals(ErrorCode.ROOM_INVALID, RoomNames.check(bad, 32).orElseThrow().code(), bad);
        }
        assertTrue(RoomNames.check("a".repeat(33), 32).orElseThrow().message().contains("32"));
    }
}
