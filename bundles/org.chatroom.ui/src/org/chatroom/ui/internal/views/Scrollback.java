package org.chatroom.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

/** The newest rows, at most {@code capacity} of them, in a ring: appending past the limit drops the oldest. */
public final class Scrollback {

    private MessageRow[] ring;
    private int start;
    private int size;
    /** Rows ever appended, so that a row can be found again after older ones dropped. */
    private long appended;

    public Scrollback(int capacity) {
        ring = new MessageRow[Math.max(1, capacity)];
    }

    /** @return how many of the oldest rows were dropped to make room */
    public int addAll(List<MessageRow> rows) {
        int dropped = 0;
        for (MessageRow row : rows) {
            appended++;
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

    /**
     * Puts {@code older} (oldest first) before the first row, as many of the newest of them as there is room for;
     * serials of the rows already there keep resolving.
     *
     * @return how many rows were put
     */
    public int prepend(List<MessageRow> older) {
        int put = Math.min(older.size(), ring.length - size);
        for (int i = older.size() - 1; i >= older.size() - put; i--) {
            start = (start - 1 + ring.length) % ring.length;
            ring[start] = older.get(i);
            size++;
        }
        return put;
    }

    /**
     * Takes the newest {@code count} rows out, to be appended again behind rows that go before them: the serials they
     * had go to the next rows appended.
     *
     * @return the rows taken, oldest first
     */
    public List<MessageRow> takeLast(int count) {
        int taken = Math.max(0, Math.min(count, size));
        List<MessageRow> out = new ArrayList<>(taken);
        for (int i = size - taken; i < size; i++) {
            out.add(get(i));
            ring[(start + i) % ring.length] = null;
        }
        size -= taken;
        appended -= taken;
        return out;
    }

    public MessageRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return ring[(start + index) % ring.length];
    }

    /** @return the current index of the row that was the {@code serial}-th appended (from 0), -1 when dropped */
    public int indexOf(long serial) {
        long index = serial - (appended - size);
        return index < 0 || index >= size ? -1 : (int) index;
    }

    /** @return how many rows were ever appended: the serial the next row gets */
    public long appended() {
        return appended;
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

    /** Removes the row at {@code index}; the rows after it move up one (linear in the rows after it). Serials of rows
     * before it no longer resolve correctly: meant for the newest rows' region (a marker line). */
    public void remove(int index) {
        get(index);
        for (int i = index; i < size - 1; i++) {
            ring[(start + i) % ring.length] = ring[(start + i + 1) % ring.length];
        }
        ring[(start + size - 1) % ring.length] = null;
        size--; // rows after it keep their serials (indexOf finds them one up); rows before it shift
    }
}
