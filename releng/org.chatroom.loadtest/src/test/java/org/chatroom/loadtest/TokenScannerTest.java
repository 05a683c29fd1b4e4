package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TokenScannerTest {

    private final List<String> found = new ArrayList<>();
    private int corrupt;

    private final TokenScanner.Sink sink = new TokenScanner.Sink() {
        @Override
        public void token(int sender, long seq, long nanos) {
            found.add(sender + ":" + seq + ":" + nanos);
        }

        @Override
        public void corrupt() {
            corrupt++;
        }
    };

    private static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void findsTokensAmongPrefixesNoticesAndCoalescedMessages() {
        TokenScanner scanner = new TokenScanner(0, sink);
        scanner.scan(bytes("u3 joined the chatu1: #1:7:123;\nu2: #2:0:5;#2:1:6;u9 left the chat."));
        assertEquals(List.of("1:7:123", "2:0:5", "2:1:6"), found);
        assertEquals(0, corrupt);
    }

    @Test
    void aTokenSplitAcrossReadsIsFound() {
        TokenScanner scanner = new TokenScanner(0, sink);
        scanner.scan(bytes("u1: #12:34"));
        scanner.scan(bytes("5:6789"));
        scanner.scan(bytes("0;"));
        assertEquals(List.of("12:345:67890"), found);
        assertEquals(0, corrupt);
    }

    @Test
    void aPrefixInjectedInsideATokenIsCorrupt() {
        // the original server cuts at 1024 bytes and prefixes the rest with the sender's name again
        TokenScanner scanner = new TokenScanner(0, sink);
        scanner.scan(bytes("u1: #1:2:3u1: 45;u1: #1:3:9;"));
        assertEquals(List.of("1:3:9"), found);
        assertEquals(1, corrupt);
    }

    @Test
    void paddingMustHaveExactlyTheConfiguredLength() {
        TokenScanner scanner = new TokenScanner(3, sink);
        scanner.scan(bytes("#1:1:1:xxx;#1:2:2:xx;#1:3:3:xxxx;#1:4:4;#1:5:5:xxx;"));
        assertEquals(List.of("1:1:1", "1:5:5"), found);
        assertEquals(3, corrupt);
    }

    @Test
    void aNewTokenStartInsideABrokenOneIsStillScanned() {
        TokenScanner scanner = new TokenScanner(0, sink);
        scanner.scan(bytes("#1:2#3:4:5;"));
        assertEquals(List.of("3:4:5"), found);
        assertEquals(1, corrupt);
    }

    @Test
    void writeProducesWhatTheScannerReads() {
        ByteBuffer out = ByteBuffer.allocate(TokenScanner.maxLength(5));
        TokenScanner.write(out, 9, 1_234_567, 123_456_789_012_345L, 5);
        out.flip();
        assertEquals("#9:1234567:123456789012345:xxxxx;", StandardCharsets.US_ASCII.decode(out.duplicate()).toString());
        new TokenScanner(5, sink).scan(out);
        assertEquals(List.of("9:1234567:123456789012345"), found);
    }

    /**
     * The scanner's result does not depend on where reads split the stream, nor on the buffer kind: a mixed stream of
     * whole, padded-wrong, over-long, cut and interleaved tokens among chat text, scanned whole, in two parts at every
     * split point, a byte at a time and through a direct buffer, finds the same tokens and corrupt ones.
     */
    @Test
    void whereReadsSplitTheStreamChangesNothing() {
        Random random = new Random(13);
        StringBuilder stream = new StringBuilder();
        String[] pieces = { "#1:2:3;", "u4: ", "#77:8:", "9;", "#", ":", ";", "#12345678901234567890:1:1;", "x",
            "joined the chat\n", "#3:", "#0:0:0;", "##5:6:7;", "#9:9:9:;", "#1::2;" };
        for (int i = 0; i < 400; i++) {
            stream.append(pieces[random.nextInt(pieces.length)]);
        }
        byte[] all = stream.toString().getBytes(StandardCharsets.ISO_8859_1);
        String whole = scanned(all.length, all.length, all, false);
        assertEquals(whole, scanned(all.length, 1, all, false), "a byte at a time");
        assertEquals(whole, scanned(all.length, all.length, all, true), "through a direct buffer");
        for (int split = 1; split < all.length; split += 7) {
            assertEquals(whole, scanned(split, all.length, all, false), "split at " + split);
        }
    }

    /** Scans {@code all} as a first read of {@code first} bytes, then reads of at most {@code step}. */
    private String scanned(int first, int step, byte[] all, boolean direct) {
        found.clear();
        corrupt = 0;
        TokenScanner scanner = new TokenScanner(0, sink);
        int at = 0;
        int length = first;
        while (at < all.length) {
            int n = Math.min(length, all.length - at);
            if (direct) {
                ByteBuffer buffer = ByteBuffer.allocateDirect(n);
                buffer.put(all, at, n).flip();
                scanner.scan(buffer);
            } else {
                scanner.scan(all, at, n);
            }
            at += n;
            length = step;
        }
        return found + " corrupt " + corrupt;
    }
}
