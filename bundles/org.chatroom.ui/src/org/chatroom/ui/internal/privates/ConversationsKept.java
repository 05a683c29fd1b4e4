package org.chatroom.ui.internal.privates;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.NamedNumbers;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The conversations with lines the user has not read, by server, kept in the preferences: the desktop quitting (or
 * going to another server) closed them, and an unread private message was then found only by double-clicking its
 * writer. They open again, with their counts, when the client comes back to that server ({@link PrivateChats#server}).
 * One per line: the member's name, a tab, the count.
 */
final class UnreadKept {

    private static final String PREFIX = "privates.unread.";

    private UnreadKept() {
    }

    /** The conversation with {@code peer} on {@code server} has {@code count} unread lines now (0: none). */
    static void set(String server, String peer, int count) {
        Map<String, Integer> all = of(server);
        all.keySet().removeIf(peer::equalsIgnoreCase);
        if (count > 0) {
            all.put(peer, count);
        }
        IEclipsePreferences node = node();
        if (all.isEmpty()) {
            node.remove(PREFIX + server);
        } else {
            node.put(PREFIX + server, NamedNumbers.format(all));
        }
        ChatPreferences.keep(node, UnreadKept.class, "the unread conversations of " + server);
    }

    /** @return the conversations of {@code server} with unread lines, in the order they were kept, and their counts */
    static Map<String, Integer> of(String server) {
        Map<String, Integer> all = new LinkedHashMap<>();
        NamedNumbers.parse(node().get(PREFIX + server, "")).forEach((name, count) -> all.put(name, count.intValue()));
        return all;
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
    }
}
