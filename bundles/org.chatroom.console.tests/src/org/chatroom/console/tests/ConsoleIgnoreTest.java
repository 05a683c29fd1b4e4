package org.chatroom.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.console.internal.ConsolePrinter;
import org.junit.jupiter.api.Test;

/** The console's /ignore: what an ignored member says is not printed, their comings and goings are. */
class ConsoleIgnoreTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ConsolePrinter printer = PipedLinesTest.printerTo(bytes);

    private List<String> printed() {
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        bytes.reset();
        return lines;
    }

    private static ChatEvent event(Kind kind, String from, String text) {
        return new ChatEvent(kind, Instant.now(), from, "", text);
    }

    @Test
    void anIgnoredMembersWordsAreNotPrintedUntilUnignored() {
        assertTrue(printer.ignoreCommand("/ignore troll", "ada"));
        assertEquals(List.of("-- You no longer see what troll says (/unignore troll to see it again)."), printed());
        printer.events(List.of(event(Kind.MESSAGE, "Troll", "spam"), event(Kind.ACTION, "troll", "spams"),
                event(Kind.PRIVATE, "TROLL", "psst"), event(Kind.JOIN, "troll", ""),
                event(Kind.MESSAGE, "bob", "hello")));
        List<String> lines = printed();
        assertEquals(2, lines.size(), "troll's join and bob's line only: " + lines);
        assertTrue(lines.get(0).endsWith("-> troll joined") && lines.get(1).endsWith("<bob> hello"), lines.toString());

        assertTrue(printer.ignoreCommand("/ignore", "ada"));
        assertEquals(List.of("-- You ignore: troll"), printed());
        assertTrue(printer.ignoreCommand("/ignore ADA", "ada"));
        assertEquals(List.of("-- You cannot ignore yourself."), printed());
        assertTrue(printer.ignoreCommand("/unignore TROLL", "ada"));
        assertEquals(List.of("-- You see what TROLL says again."), printed());
        printer.events(List.of(event(Kind.MESSAGE, "troll", "heard")));
        assertTrue(printed().get(0).endsWith("<troll> heard"));
        assertFalse(printer.ignoreCommand("/msg troll hi", "ada"), "other commands go to the room");
    }
}
