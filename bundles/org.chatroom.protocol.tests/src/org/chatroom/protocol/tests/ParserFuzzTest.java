package org.chatroom.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.chatroom.protocol.ClientCommand;
import org.chatroom.protocol.NameRules;
import org.chatroom.protocol.ProtocolException;
import org.chatroom.protocol.ServerEvent;
import org.junit.jupiter.api.Test;

/**
 * Bounded, seeded fuzzing of the line parsers: a fixed number of random valid lines must round-trip, and random
 * mutations of them must either parse (to something that round-trips in turn) or be refused with a
 * {@link ProtocolException} - never any other exception. A failure names the seed and the input.
 */
class ParserFuzzTest {

    private static final long SEED = 0x5EED_C4A7L;
    private static final int ITERATIONS = 20_000;

    @Test
    void validCommandsRoundTrip() throws ProtocolException {
        RandomLines lines = new RandomLines(SEED);
        for (int i = 0; i < ITERATIONS; i++) {
            ClientCommand command = lines.command();
            assertEquals(command, ClientCommand.parse(command.toLine()), () -> "seed " + SEED + ", line " + quote(command.toLine()));
        }
    }

    @Test
    void validEventsRoundTrip() throws ProtocolException {
        RandomLines lines = new RandomLines(SEED + 1);
        for (int i = 0; i < ITERATIONS; i++) {
            ServerEvent event = lines.event();
            assertEquals(event, ServerEvent.parse(event.toLine()), () -> "seed " + SEED + ", line " + quote(event.toLine()));
        }
    }

    @Test
    void mutatedCommandsParseOrAreRefusedWithAProtocolException() {
        RandomLines lines = new RandomLines(SEED + 2);
        int refused = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            String input = lines.mutate(lines.command().toLine(), lines.command().toLine());
            try {
                ClientCommand parsed = ClientCommand.parse(input);
                assertEquals(parsed, ClientCommand.parse(parsed.toLine()), () -> "re-parse of " + quote(input));
            } catch (ProtocolException expected) {
                refused++;
            } catch (RuntimeException e) {
                fail("seed " + SEED + ": ClientCommand.parse(" + quote(input) + ") threw " + e, e);
            }
            NameRules.check(input, NameRules.DEFAULT_MAX_LENGTH);
        }
        assertBothOutcomes(refused);
    }

    @Test
    void mutatedEventsParseOrAreRefusedWithAProtocolException() {
        RandomLines lines = new RandomLines(SEED + 3);
        int refused = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            String input = lines.mutate(lines.event().toLine(), lines.event().toLine());
            try {
                ServerEvent parsed = ServerEvent.parse(input);
                assertEquals(parsed, ServerEvent.parse(parsed.toLine()), () -> "re-parse of " + quote(input));
            } catch (ProtocolException expected) {
                refused++;
            } catch (RuntimeException e) {
                fail("seed " + SEED + ": ServerEvent.parse(" + quote(input) + ") threw " + e, e);
            }
        }
        assertBothOutcomes(refused);
    }

    /** The mutations are worth something only if they produce both parseable and refused lines. */
    private static void assertBothOutcomes(int refused) {
        if (refused == 0 || refused == ITERATIONS) {
            fail("mutations gave " + refused + " refusals out of " + ITERATIONS + ": the fuzzer tests nothing");
        }
    }

    private static String quote(String line) {
        StringBuilder quoted = new StringBuilder("\"");
        line.codePoints().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF)) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append(line.length() > 200 ? "...\"" : "\"").toString();
    }
}
