package org.chatroom.irc.internal.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes of a channel {@code MODE} line, one per letter, with the parameter each takes: {@code b} takes a mask
 * (none: the list is asked for), {@code +k} a key, {@code -k} one if given. {@code MODE #ops +b-b ann bob} is two
 * changes; the letters other than {@code b} and {@code k} are those rooms do not have.
 */
record ModeChanges(List<Change> changes, String unknown) {

    /** One letter: added or removed, and its parameter (null when none was given). */
    record Change(boolean add, char letter, String param) {

        /** The change as a MODE line spells it: {@code +b}. */
        String spelled() {
            return (add ? "+" : "-") + letter;
        }
    }

    /** @param params the MODE line's parameters after the channel: the letters, then the letters' parameters */
    static ModeChanges of(List<String> params) {
        List<Change> changes = new ArrayList<>();
        StringBuilder unknown = new StringBuilder();
        String letters = params.isEmpty() ? "" : params.get(0);
        int next = 1;
        boolean add = true;
        for (char c : letters.toCharArray()) {
            if (c == '+' || c == '-') {
                add = c == '+';
            } else if (c == 'b' || c == 'k') {
                boolean takes = c == 'b' || add || next < params.size(); // -k: a key given is read, none needed
                String param = takes && next < params.size() ? params.get(next++) : null;
                changes.add(new Change(add, c, param));
            } else if (unknown.indexOf(String.valueOf(c)) < 0) {
                unknown.append(c);
            }
        }
        return new ModeChanges(List.copyOf(changes), unknown.toString());
    }
}
