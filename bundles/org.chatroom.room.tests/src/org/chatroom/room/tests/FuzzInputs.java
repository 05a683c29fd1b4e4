package org.chatroom.room.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.chatroom.protocol.Hello;

/**
 * Seeded generator of what a fuzzing connection sends: mutations of valid original and extended exchanges (bit
 * flips, truncation, splicing, huge lines, invalid UTF-8, hello fragments, stray newlines/CR, control characters)
 * and plain random bytes. Nothing it makes contains the marker the well-behaved members' messages carry.
 */
final class FuzzInputs {

    private final Random random;
    private final List<byte[]> templates;

    FuzzInputs(long seed, String name) {
        random = new Random(seed);
        byte[] hello = Hello.helloBytes();
        templates = List.of(bytes(name), bytes("hello there"), bytes("{quit}"), bytes("/me waves"),
                concat(hello, bytes("NICK " + name + "\n")), bytes("MSG hi all\n"), bytes("ME waves\n"),
                bytes("PRIV alice psst\n"), bytes("TOPIC fuzzing\n"), bytes("NAMES\n"), bytes("NICK " + name + "2\n"),
                bytes("QUIT\n"), hello);
    }

    /** The next chunk to send; at most about 200 KB. */
    byte[] next() {
        byte[] base = templates.get(random.nextInt(templates.size()));
        return switch (random.nextInt(10)) {
        case 0 -> flipBits(base);
        case 1 -> Arrays.copyOf(base, random.nextInt(base.length + 1));
        case 2 -> splice(base, templates.get(random.nextInt(templates.size())));
        case 3 -> hugeLine();
        case 4 -> insert(base, invalidUtf8());
        case 5 -> concat(Arrays.copyOf(Hello.helloBytes(), 1 + random.nextInt(Hello.helloBytes().length)),
                random.nextBoolean() ? base : new byte[0]);
        case 6 -> insert(base, new byte[] { (byte) "\r\n".charAt(random.nextInt(2)) });
        case 7 -> insert(base, new byte[] { (byte) random.nextInt(0x20) });
        case 8 -> randomBytes(1 + random.nextInt(300));
        default -> base;
        };
    }

    boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private byte[] flipBits(byte[] base) {
        byte[] copy = base.clone();
        for (int i = 0, n = 1 + random.nextInt(3); i < n && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private byte[] splice(byte[] a, byte[] b) {
        return concat(Arrays.copyOf(a, random.nextInt(a.length + 1)),
                Arrays.copyOfRange(b, random.nextInt(b.length + 1), b.length));
    }

    private byte[] hugeLine() {
        int size = random.nextBoolean() ? 4000 + random.nextInt(8000) : 50_000 + random.nextInt(150_000);
        byte[] line = new byte[size];
        Arrays.fill(line, (byte) ('a' + random.nextInt(26)));
        if (random.nextBoolean()) {
            line[size - 1] = '\n';
        }
        return random.nextBoolean() ? concat(bytes("MSG "), line) : line;
    }

    private byte[] invalidUtf8() {
        byte[][] bad = { { (byte) 0xFF }, { (byte) 0xC3, '(' }, { (byte) 0xC0, (byte) 0xAF },
                { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 },
                { (byte) 0xE2, (byte) 0x82 } };
        return bad[random.nextInt(bad.length)];
    }

    private byte[] insert(byte[] base, byte[] what) {
        int at = random.nextInt(base.length + 1);
        return concat(concat(Arrays.copyOf(base, at), what), Arrays.copyOfRange(base, at, base.length));
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
