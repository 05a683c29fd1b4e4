package org.chatroom.console.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which member lists the console prints: a list whose change from the one before events already told (one member
 * joined, left or was renamed, or nothing changed) is not printed again, as IRC clients show NAMES once and then
 * only joins and parts. Printing the whole list on every change flooded the console in a channel of thousands.
 * A list that differs otherwise (the first one, a join's names, another room) is printed. An empty list (in no room)
 * is printed once after a list that was not empty (the room was left or lost), not while connecting, and the list of
 * the room joined next is printed whole.
 */
final class MemberListChanges {

    private List<String> last;
    private boolean asked;

    /** The user asked for the list ({@code /names}): the next one is printed whatever it is. */
    synchronized void asked() {
        asked = true;
    }

    /** @return whether {@code members} is news to print; it becomes the list the next one is compared with */
    synchronized boolean news(List<String> members) {
        if (members.isEmpty()) { // in no room: news if it was in one; the next room's list is news again
            boolean left = last != null;
            last = null;
            asked = false;
            return left;
        }
        boolean news = asked || last == null || !toldByOneEvent(last, members);
        asked = false;
        last = List.copyOf(members);
        return news;
    }

    private static boolean toldByOneEvent(List<String> before, List<String> after) {
        if (Math.abs(before.size() - after.size()) > 1) {
            return false;
        }
        Set<String> gone = new HashSet<>(before);
        Set<String> came = new HashSet<>(after);
        gone.removeAll(after);
        came.removeAll(before);
        return gone.size() <= 1 && came.size() <= 1; // nothing, a join, a leave or a rename
    }
}
