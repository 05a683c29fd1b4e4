package org.chatroom.loadtest;

import java.nio.ByteBuffer;

/**
 * Finds load messages in a byte stream that has no framing. A load message is the token
 * {@code #SENDER:SEQ:NANOS;} or, with padding, {@code #SENDER:SEQ:NANOS:xxx…;} with exactly the configured
 * number of {@code x}. Everything outside tokens (names, prefixes, join notices, newlines) is ignored; a token
 * broken by anything (a prefix injected mid-message, a cut, a wrong length) counts as corrupt.
 * State survives across reads, so a token split over two reads is still found.
 */
final class TokenScanner {

    /** Receives what the scanner finds. */
    interface Sink {
        void token(int sender, long seq, long nanos);

        void corrupt();
    }

    private static final int IDLE = 0;
    private static final int SENDER = 1;
    private static final int SEQ = 2;
    private static final int NANOS = 3;
    private static final int PAD = 4;
    private static final int MAX_DIGITS = 18;
    /** Per thread: where a direct buffer's bytes are copied to be scanned. */
    private static final ThreadLocal<byte[]> CHUNK = ThreadLocal.withInitial(() -> new byte[16 * 1024]);

    private final int padding;
    private final Sink sink;
    private int state = IDLE;
    private int digits;
    private long value;
    private long sender;
    private long seq;
    private long nanos;
    private int padded;

    TokenScanner(int padding, Sink sink) {
        this.padding = padding;
        this.sink = sink;
    }

    /** Scans the remaining bytes of {@code buffer} (its position is advanced to the limit). */
    void scan(ByteBuffer buffer) {
        if (buffer.hasArray()) {
            scan(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
            buffer.position(buffer.limit());
            return;
        }
        // a direct buffer (what the I/O threads read into): in bulk through a heap array, not a checked get per byte
        byte[] chunk = CHUNK.get();
        while (buffer.hasRemaining()) {
            int length = Math.min(chunk.length, buffer.remaining());
            buffer.get(chunk, 0, length);
            scan(chunk, 0, length);
        }
    }

    void scan(byte[] bytes) {
        scan(bytes, 0, bytes.length);
    }

    /**
     * The same state machine as {@link #accept} byte by byte, with its two common runs in tight loops: the text
     * between tokens (skipped to the next {@code #}) and a field's digits. At millions of deliveries a second this
     * tool's I/O threads spent about half their time here, and a tool that cannot keep up adds its own delay to
     * every latency it measures.
     */
    void scan(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (state == IDLE) {
                while (i < end && bytes[i] != '#') {
                    i++;
                }
                if (i == end) {
                    return;
                }
                i++;
                start();
            } else if (state == PAD) {
                padByte(bytes[i++]);
            } else {
                byte b = bytes[i];
                while (b >= '0' && b <= '9' && digits < MAX_DIGITS) {
                    digits++;
                    value = value * 10 + (b - '0');
                    if (++i == end) {
                        return;
                    }
                    b = bytes[i];
                }
                i++;
                accept(b); // the field's end, or what breaks the token
            }
        }
    }

    private void accept(byte b) {
        switch (state) {
            case IDLE -> {
                if (b == '#') {
                    start();
                }
            }
            case SENDER -> field(b, ':', SEQ);
            case SEQ -> field(b, ':', NANOS);
            case NANOS -> field(b, padding == 0 ? ';' : ':', padding == 0 ? IDLE : PAD);
            case PAD -> padByte(b);
            default -> throw new IllegalStateException("state " + state);
        }
    }

    private void start() {
        state = SENDER;
        digits = 0;
        value = 0;
        padded = 0;
    }

    /** Accumulates a digit of the current field, or ends the field at {@code end}; anything else breaks the token. */
    private void field(byte b, char end, int nextState) {
        if (b >= '0' && b <= '9' && digits < MAX_DIGITS) {
            digits++;
            value = value * 10 + (b - '0');
        } else if (b == end && digits > 0) {
            switch (state) {
                case SENDER -> sender = value;
                case SEQ -> seq = value;
                default -> nanos = value;
            }
            digits = 0;
            value = 0;
            state = nextState;
            if (nextState == IDLE) {
                complete();
            }
        } else {
            broken(b);
        }
    }

    private void padByte(byte b) {
        if (b == 'x' && padded < padding) {
            padded++;
        } else if (b == ';' && padded == padding) {
            state = IDLE;
            complete();
        } else {
            broken(b);
        }
    }

    private void complete() {
        if (sender > Integer.MAX_VALUE) {
            sink.corrupt();
        } else {
            sink.token((int) sender, seq, nanos);
        }
    }

    private void broken(byte b) {
        sink.corrupt();
        state = IDLE;
        if (b == '#') {
            start();
        }
    }

    /** Writes one load message (without terminator) into {@code out}. */
    static void write(ByteBuffer out, int sender, long seq, long nanos, int padding) {
        out.put((byte) '#');
        putDecimal(out, sender);
        out.put((byte) ':');
        putDecimal(out, seq);
        out.put((byte) ':');
        putDecimal(out, nanos);
        if (padding > 0) {
            out.put((byte) ':');
            for (int i = 0; i < padding; i++) {
                out.put((byte) 'x');
            }
        }
        out.put((byte) ';');
    }

    /** The largest number of bytes {@link #write} produces for {@code padding}. */
    static int maxLength(int padding) {
        return 1 + 10 + 1 + 19 + 1 + 19 + (padding > 0 ? 1 + padding : 0) + 1;
    }

    private static void putDecimal(ByteBuffer out, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        if (value >= 10) {
            putDecimal(out, value / 10);
        }
        out.put((byte) ('0' + value % 10));
    }
}
