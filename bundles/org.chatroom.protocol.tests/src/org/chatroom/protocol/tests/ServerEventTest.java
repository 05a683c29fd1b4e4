package org.chatroom.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.ProtocolException;
import org.chatroom.protocol.ServerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerEventTest {

    private static final String TS = "2026-11-25T11:48:03.123Z";
    private static final Instant T = Instant.parse(TS);

    @Test
    void formatsTheDocumentedLines() {
        assertEquals("WELCOME " + TS + " alice", new ServerEvent.Welcome(T, "alice").toLine());
        assertEquals("MEMBERS " + TS + " bob alice", new ServerEvent.Members(T, List.of("bob", "alice")).toLine());
        assertEquals("TOPIC " + TS + " alice Friday release", new ServerEvent.Topic(T, "alice", "Friday release").toLine());
        assertEquals("TOPIC " + TS + " -", new ServerEvent.Topic(T, "", "").toLine());
        assertEquals("JOIN " + TS + " bob", new ServerEvent.Join(T, "bob").toLine());
        assertEquals("LEAVE " + TS + " bob connection lost", new ServerEvent.Leave(T, "bob", "connection lost").toLine());
        assertEquals("LEAVE " + TS + " bob", new ServerEvent.Leave(T, "bob", "").toLine());
        assertEquals("NICK " + TS + " alice alicia", new ServerEvent.Nick(T, "alice", "alicia").toLine());
        assertEquals("MSG " + TS + " alice hi bob", new ServerEvent.Msg(T, "alice", "hi bob").toLine());
        assertEquals("ME " + TS + " alice waves", new ServerEvent.Me(T, "alice", "waves").toLine());
        assertEquals("PRIV " + TS + " alice bob psst", new ServerEvent.Priv(T, "alice", "bob", "psst").toLine());
        assertEquals("NOTICE " + TS + " shutting down", new ServerEvent.Notice(T, "shutting down").toLine());
        assertEquals("ERR NICK_TAKEN That name is taken, choose another one.",
                new ServerEvent.Err(ErrorCode.NICK_TAKEN, "That name is taken, choose another one.").toLine());
        assertEquals("BYE " + TS + " Goodbye.", new ServerEvent.Bye(T, "Goodbye.").toLine());
    }

    @Test
    void parsesWhatItFormats() throws ProtocolException {
        List<ServerEvent> events = List.of(new ServerEvent.Welcome(T, "alice"),
                new ServerEvent.Members(T, List.of("bob", "alice")), new ServerEvent.Members(T, List.of()),
                new ServerEvent.Topic(T, "alice", "Friday release"), new ServerEvent.Topic(T, "", ""),
                new ServerEvent.Topic(T, "bob", ""), new ServerEvent.Join(T, "bob"),
                new ServerEvent.Leave(T, "bob", "connection lost"), new ServerEvent.Leave(T, "bob", ""),
                new ServerEvent.Nick(T, "alice", "alicia"), new ServerEvent.Msg(T, "alice", "  spaced  text "),
                new ServerEvent.Me(T, "alice", "waves"), new ServerEvent.Priv(T, "alice", "bob", "psst there"),
                new ServerEvent.Notice(T, "shutting down"), new ServerEvent.Err(ErrorCode.RATE_LIMITED, "slow down"),
                new ServerEvent.Bye(T, "Goodbye."), new ServerEvent.Bye(T, ""));
        for (ServerEvent event : events) {
            assertEquals(event, ServerEvent.parse(event.toLine()), event.toLine());
        }
    }

    @Test
    void parsesTheProtocolPageExample() throws ProtocolException {
        assertEquals(new ServerEvent.Members(T, List.of("bob", "alice")), ServerEvent.parse("MEMBERS " + TS + " bob alice"));
        assertEquals(new ServerEvent.Priv(Instant.parse("2026-11-25T11:48:05.410Z"), "alice", "bob", "psst"),
                ServerEvent.parse("PRIV 2026-11-25T11:48:05.410Z alice bob psst"));
        assertEquals(new ServerEvent.Err(ErrorCode.NICK_TAKEN, "That name is taken, choose another one."),
                ServerEvent.parse("ERR NICK_TAKEN That name is taken, choose another one."));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "WELCOME", "WELCOME " + TS, "MSG yesterday alice hi", "ERR NO_SUCH_CODE text",
            "NICK " + TS + " alice", "PRIV " + TS + " alice" })
    void refusesBadLines(String line) {
        assertEquals(ErrorCode.BAD_COMMAND, assertThrows(ProtocolException.class, () -> ServerEvent.parse(line)).code());
    }

    @Test
    void refusesUnknownCommands() {
        assertEquals(ErrorCode.UNKNOWN_COMMAND,
                assertThrows(ProtocolException.class, () -> ServerEvent.parse("PING " + TS)).code());
    }
}
