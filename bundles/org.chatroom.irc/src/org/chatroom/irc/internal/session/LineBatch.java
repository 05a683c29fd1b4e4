package org.chatroom.irc.internal.session;

import java.util.ArrayList;
import java.util.List;

/** Encoded lines waiting to be written together; not thread safe (its {@link Out} guards it). */
final class LineBatch {

    private final List<byte[]> lines = new ArrayList<>();
    private int bytes;

    void add(byte[] line) {
        lines.add(line);
        bytes += line.length;
    }

    int bytes() {
        return bytes;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The lines as one array (the line itself when there is one), and empties the batch. */
    byte[] take() {
        byte[] all;
        if (lines.size() == 1) {
            all = lines.get(0);
        } else {
            all = new byte[bytes];
            int at = 0;
            for (byte[] line : lines) {
                System.arraycopy(line, 0, all, at, line.length);
                at += line.length;
            }
        }
        lines.clear();
        bytes = 0;
        return all;
    }
}
