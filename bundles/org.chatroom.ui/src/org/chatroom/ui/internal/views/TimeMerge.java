package org.chatroom.ui.internal.views;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the rows of a room's events the client missed among the rows it showed meanwhile (its own lines of losing
 * and regaining the connection), in time order: each shown row goes before the first missed row that happened after
 * it. A row without a time (a marker, a separator) keeps to the missed row that follows it. Both lists are in time
 * order already. Pure logic.
 */
public final class TimeMerge {

    private TimeMerge() {
    }

    /** @return {@code missed} and {@code shown} in one list, in time order, each list's own order kept */
    public static List<MessageRow> merge(List<MessageRow> missed, List<MessageRow> shown) {
        List<MessageRow> all = new ArrayList<>(missed.size() + shown.size());
        int next = 0;
        for (int i = 0; i < missed.size(); i++) {
            Instant at = timeFrom(missed, i);
            while (next < shown.size() && at != null && before(shown.get(next), at)) {
                all.add(shown.get(next++));
            }
            all.add(missed.get(i));
        }
        all.addAll(shown.subList(next, shown.size()));
        return all;
    }

    /** The time of row {@code index}, or of the first timed row after it; null when none has one. */
    private static Instant timeFrom(List<MessageRow> rows, int index) {
        for (int i = index; i < rows.size(); i++) {
            if (rows.get(i).at() != null) {
                return rows.get(i).at();
            }
        }
        return null;
    }

    private static boolean before(MessageRow row, Instant at) {
        return row.at() == null || row.at().isBefore(at);
    }
}
