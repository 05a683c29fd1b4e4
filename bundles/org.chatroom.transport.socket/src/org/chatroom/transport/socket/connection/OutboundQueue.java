package org.chatroom.transport.socket.connection;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Bytes waiting to be written to one connection, as the arrays given to {@code send} (shared between members,
 * never copied until written). Not thread safe: guarded by its connection.
 */
final class OutboundQueue {

    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    /** Bytes of the first chunk already written. */
    private int headOffset;
    private long bytes;

    boolean isEmpty() {
        return chunks.isEmpty();
    }

    long bytes() {
        return bytes;
    }

    void add(byte[] data) {
        chunks.add(data);
        bytes += data.length;
    }

    /** Copies as many waiting bytes as fit into {@code buffer}, without consuming them. */
    void copyTo(ByteBuffer buffer) {
        int offset = headOffset;
        Iterator<byte[]> iterator = chunks.iterator();
        while (iterator.hasNext() && buffer.hasRemaining()) {
            byte[] chunk = iterator.next();
            int length = Math.min(chunk.length - offset, buffer.remaining());
            buffer.put(chunk, offset, length);
            offset = 0;
        }
    }

    /** Drops the first {@code count} bytes, which were written. */
    void consume(int count) {
        bytes -= count;
        int left = count;
        while (left > 0) {
            byte[] head = chunks.peek();
            int rest = head.length - headOffset;
            if (left >= rest) {
                chunks.poll();
                headOffset = 0;
                left -= rest;
            } else {
                headOffset += left;
                left = 0;
            }
        }
    }

    void clear() {
        chunks.clear();
        headOffset = 0;
        bytes = 0;
    }
}
