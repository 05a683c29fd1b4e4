package org.chatroom.room.internal;

import java.util.Arrays;

/**
 * The bytes of consecutive room events for one group of members, sent to all of them in one task on their lane.
 * While that task waits for its turn, later events are appended, so a busy lane sends many events to each member at
 * once instead of one send per member and event. Once the task took the bytes, or once anything else was queued on
 * the lane behind it (the lane's seal count moved), nothing more is appended: a new batch starts.
 */
final class Batch {

    /**
     * Appending stops here: what a member gets in one send stays small against the transport's queue limit per
     * connection (a 64 KB batch into a 64 KiB queue cut a reader that kept up: BadInputAndFailuresTest), and at the
     * size from which the transport writes a queue at once.
     */
    static final int MAX_BYTES = 16 * 1024;

    private final long seal;
    private byte[] bytes;
    private int length;
    private boolean taken;

    /** @param seal the lane's seal count when the batch starts */
    Batch(byte[] first, long seal) {
        this.bytes = first;
        this.length = first.length;
        this.seal = seal;
    }

    /** @return whether {@code more} was appended; false when the batch is sent, sealed or full */
    synchronized boolean append(byte[] more, long currentSeal) {
        if (taken || currentSeal != seal || length + more.length > MAX_BYTES) {
            return false;
        }
        if (length + more.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more.length, Math.min(MAX_BYTES, 2 * bytes.length)));
        }
        System.arraycopy(more, 0, bytes, length, more.length);
        length += more.length;
        return true;
    }

    /** The lane's thread, once: everything appended so far; nothing is appended after this. */
    synchronized byte[] take() {
        taken = true;
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }
}
