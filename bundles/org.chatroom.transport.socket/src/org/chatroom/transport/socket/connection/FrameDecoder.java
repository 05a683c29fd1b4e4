package org.chatroom.transport.socket.connection;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.chatroom.api.transport.Framing;

/**
 * Cuts incoming bytes into frames. Newlines always end a frame (a {@code \r} before them is dropped) and empty
 * frames are skipped. In {@link Framing#CHUNKS} the piece after the last newline of a read is a frame too, once it
 * ends on a whole UTF-8 character; in {@link Framing#LINES} it waits for its newline. Frames longer than the limit
 * are discarded (up to the next newline, or in CHUNKS up to the end of the read). The framing is asked for before
 * each frame, so a switch made while handling one frame applies to the very next byte.
 */
public final class FrameDecoder {

    /** Where frames go. */
    public interface Sink {
        /** @return whether more frames are wanted (false once the connection is closing) */
        boolean accepting();

        Framing framing();

        void frame(byte[] frame);

        void frameTooLong(int limit);
    }

    private final int maxFrameBytes;
    private byte[] partial = new byte[128];
    private int partialLength;
    private boolean discarding;

    public FrameDecoder(int maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    /** Consumes all of {@code in} (unless the sink stops accepting). */
    public void feed(ByteBuffer in, Sink sink) {
        while (in.hasRemaining() && sink.accepting()) {
            int newline = indexOfNewline(in);
            if (newline >= 0) {
                completeLine(in, newline, sink);
            } else {
                trailingPiece(in, sink);
            }
        }
    }

    private void completeLine(ByteBuffer in, int newline, Sink sink) {
        int length = newline - in.position();
        if (discarding) {
            discarding = false;
            in.position(newline + 1);
            return;
        }
        boolean carriageReturn = length > 0 ? in.get(newline - 1) == '\r'
                : partialLength > 0 && partial[partialLength - 1] == '\r';
        int frameLength = partialLength + length - (carriageReturn ? 1 : 0);
        if (frameLength > maxFrameBytes) {
            partialLength = 0;
            in.position(newline + 1);
            sink.frameTooLong(maxFrameBytes);
            return;
        }
        byte[] frame = new byte[frameLength];
        int fromPartial = Math.min(partialLength, frameLength);
        System.arraycopy(partial, 0, frame, 0, fromPartial);
        in.get(frame, fromPartial, frameLength - fromPartial);
        partialLength = 0;
        in.position(newline + 1);
        if (frameLength > 0) {
            sink.frame(frame);
        }
    }

    private void trailingPiece(ByteBuffer in, Sink sink) {
        Framing framing = sink.framing();
        int length = in.remaining();
        if (discarding) {
            in.position(in.limit());
            discarding = framing == Framing.LINES;
            return;
        }
        if (partialLength + length > maxFrameBytes) {
            partialLength = 0;
            in.position(in.limit());
            discarding = framing == Framing.LINES;
            sink.frameTooLong(maxFrameBytes);
            return;
        }
        if (partial.length < partialLength + length) {
            partial = Arrays.copyOf(partial, Math.max(partial.length * 2, partialLength + length));
        }
        in.get(partial, partialLength, length);
        partialLength += length;
        if (framing == Framing.CHUNKS && endsOnWholeCharacter(partial, partialLength)) {
            byte[] frame = Arrays.copyOf(partial, partialLength);
            partialLength = 0;
            sink.frame(frame);
        }
    }

    private static int indexOfNewline(ByteBuffer in) {
        for (int i = in.position(); i < in.limit(); i++) {
            if (in.get(i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return false only when the bytes end inside a well-begun multi-byte UTF-8 character; malformed endings count
     *         as whole (decoding will refuse them, waiting would not help)
     */
    public static boolean endsOnWholeCharacter(byte[] bytes, int length) {
        int continuation = 0;
        int i = length - 1;
        while (i >= 0 && continuation < 3 && (bytes[i] & 0xC0) == 0x80) {
            i--;
            continuation++;
        }
        if (i < 0) {
            return true;
        }
        int lead = bytes[i] & 0xFF;
        int needed;
        if (lead >= 0xC2 && lead <= 0xDF) {
            needed = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            needed = 2;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            needed = 3;
        } else {
            return true;
        }
        return continuation >= needed;
    }
}
