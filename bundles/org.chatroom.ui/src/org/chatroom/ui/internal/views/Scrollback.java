package org.chatroom.ui.internal.views;

import java.util.List;

/** The newest rows, at most {@code capacity} of them, in a ring: appending past the limit drops the oldest. */
public final class Scrollback {

    private MessageRow[] ring;
    private int start;
    private int size;

    public Scrollback(int capacity) {
        ring = new MessageRow[Math.max(1, capacity)];
    }

    /** @return how many of the oldest rows were dropped to make room */
    public int addAll(List<MessageRow> rows) {
        int dropped = 0;
        for (MessageRow row : rows) {
            if (size == ring.length) {
                ring[start] = row;
                start = (start + 1) % ring.length;
                dropped++;
            } else {
                ring[(start + size) % ring.length] = row;
                size++;
            }
        }
        return dropped;
    }

    public MessageRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return ring[(start + index) % ring.length];
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return ring.length;
    }

    /** @return how many of the oldest rows were dropped to fit the new capacity */
    public int resize(int capacity) {
        MessageRow[] next = new MessageRow[Math.max(1, capacity)];
        int keep = Math.min(size, next.length);
        for (int i = 0; i < keep; i++) {
            next[i] = get(size - keep + i);
        }
        int dropped = size - keep;
        ring = next;
        start = 0;
        size = keep;
        return dropped;
    }
}
