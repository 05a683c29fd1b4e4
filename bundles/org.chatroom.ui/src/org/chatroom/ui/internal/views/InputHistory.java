package org.chatroom.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

/** Lines sent earlier, recalled with Up (older) and Down (newer, then back to what was being typed). */
public final class InputHistory {

    private final List<String> lines = new ArrayList<>();
    private final int limit;
    private int cursor;
    private String draft = "";

    public InputHistory(int limit) {
        this.limit = Math.max(1, limit);
    }

    public void add(String line) {
        if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(line)) {
            lines.add(line);
            if (lines.size() > limit) {
                lines.remove(0);
            }
        }
        cursor = lines.size();
        draft = "";
    }

    /** @return the line before the current one, or {@code current} when there is none */
    public String older(String current) {
        if (cursor == 0) {
            return current;
        }
        if (cursor == lines.size()) {
            draft = current;
        }
        return lines.get(--cursor);
    }

    /** @return the line after the current one, or the draft the user was typing */
    public String newer(String current) {
        if (cursor >= lines.size()) {
            return current;
        }
        cursor++;
        return cursor == lines.size() ? draft : lines.get(cursor);
    }
}
