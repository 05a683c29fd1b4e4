package org.chatroom.protocol.tests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.chatroom.protocol.ClientCommand;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.protocol.TextRules;

/**
 * Seeded generator of protocol lines for the parser fuzz tests: valid commands and events with random fields, and
 * mutations of their lines (character flips, truncation, splicing, control characters, lone surrogates, stray
 * spaces, CR and newlines).
 */
final class RandomLines {

    /** Characters texts are drawn from: ASCII, Latin, Greek, CJK, an emoji (a surrogate pair), spaces, controls. */
    private static final int[] SAMPLES = { 'a', 'z', 'A', '0', '9', '-', '_', '{', '}', ':', '*', '/', ' ', ' ', 'é',
            'ß', 'Ω', '中', '文', 0x1F600, 0x00A0, 0x200B, '\t', 0x7F, 0x01 };

    private final Random random;

    RandomLines(long seed) {
        random = new Random(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /**
     * A field without spaces or newlines, 1 to 12 code points (what names and targets are on the wire); never
     * {@link ServerEvent#NO_SETTER}, which no name may be.
     */
    String token() {
        StringBuilder token = new StringBuilder();
        int length = 1 + random.nextInt(12);
        while (token.codePointCount(0, token.length()) < length) {
            int c = SAMPLES[random.nextInt(SAMPLES.length)];
            if (c != ' ') {
                token.appendCodePoint(c);
            }
        }
        return ServerEvent.NO_SETTER.contentEquals(token) ? token + "x" : token.toString();
    }

    /** Free text without newline, possibly empty, possibly with leading, trailing or double spaces. */
    String text(boolean nonEmpty) {
        StringBuilder text = new StringBuilder();
        int length = (nonEmpty ? 1 : 0) + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(SAMPLES[random.nextInt(SAMPLES.length)]);
        }
        return text.toString();
    }

    /** {@link #text(boolean)} without the characters a room refuses in what members send ({@link TextRules}). */
    String sendable(boolean nonEmpty) {
        StringBuilder text = new StringBuilder();
        text(nonEmpty).codePoints().map(c -> TextRules.forbidden(c) ? 'x' : c).forEach(text::appendCodePoint);
        return text.toString();
    }

    Instant time() {
        return Instant.ofEpochMilli(946_684_800_000L + (long) (random.nextDouble() * 4_102_444_800_000L));
    }

    ClientCommand command() {
        return switch (random.nextInt(7)) {
        case 0 -> new ClientCommand.Nick(token());
        case 1 -> new ClientCommand.Msg(sendable(true));
        case 2 -> new ClientCommand.Me(sendable(true));
        case 3 -> new ClientCommand.Priv(token(), sendable(true));
        case 4 -> new ClientCommand.Topic(sendable(false));
        case 5 -> new ClientCommand.Names();
        default -> new ClientCommand.Quit();
        };
    }

    ServerEvent event() {
        return switch (random.nextInt(12)) {
        case 0 -> new ServerEvent.Welcome(time(), token());
        case 1 -> new ServerEvent.Members(time(), tokens());
        case 2 -> new ServerEvent.Topic(time(), random.nextBoolean() ? "" : token(), text(false));
        case 3 -> new ServerEvent.Join(time(), token());
        case 4 -> new ServerEvent.Leave(time(), token(), text(false));
        case 5 -> new ServerEvent.Nick(time(), token(), token());
        case 6 -> new ServerEvent.Msg(time(), token(), text(false));
        case 7 -> new ServerEvent.Me(time(), token(), text(false));
        case 8 -> new ServerEvent.Priv(time(), token(), token(), text(false));
        case 9 -> new ServerEvent.Notice(time(), text(false));
        case 10 -> new ServerEvent.Err(ErrorCode.values()[random.nextInt(ErrorCode.values().length)], text(false));
        default -> new ServerEvent.Bye(time(), text(false));
        };
    }

    private List<String> tokens() {
        List<String> names = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            names.add(token());
        }
        return names;
    }

    /** One to three random mutations of {@code line}, or a random string now and then. */
    String mutate(String line, String other) {
        if (random.nextInt(20) == 0) {
            return text(false);
        }
        String result = line;
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            result = mutateOnce(result, other);
        }
        return result;
    }

    private String mutateOnce(String line, String other) {
        int at = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
        switch (random.nextInt(8)) {
        case 0: { // flip one bit of one char
            if (line.isEmpty()) {
                return line;
            }
            int index = Math.min(at, line.length() - 1);
            char flipped = (char) (line.charAt(index) ^ (1 << random.nextInt(16)));
            return line.substring(0, index) + flipped + line.substring(index + 1);
        }
        case 1: // truncate
            return line.substring(0, at);
        case 2: { // splice with another line
            int from = other.isEmpty() ? 0 : random.nextInt(other.length() + 1);
            return line.substring(0, at) + other.substring(from);
        }
        case 3: // a control character
            return line.substring(0, at) + (char) random.nextInt(0x20) + line.substring(at);
        case 4: // a lone surrogate
            return line.substring(0, at) + (char) (0xD800 + random.nextInt(0x800)) + line.substring(at);
        case 5: // stray space, CR or newline
            return line.substring(0, at) + " \r\n".charAt(random.nextInt(3)) + line.substring(at);
        case 6: // the same line twice, lowercased command, or a long run of one character
            return random.nextBoolean() ? line + " " + line : line.toLowerCase() + "x".repeat(random.nextInt(5000));
        default: // drop one char
            return line.isEmpty() ? line : line.substring(0, Math.min(at, line.length() - 1))
                    + line.substring(Math.min(at, line.length() - 1) + 1);
        }
    }
}
