package org.chatroom.ui.internal.privates;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.NamedNumbers;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The conversations open on each server, with the lines the user has not read in them, kept in the preferences: the
 * desktop quitting (or going to another server) closed them, and an unread private message was then found only by
 * double-clicking its writer, a line typed and not sent only by opening the conversation again. They open again, with
 * their counts, when the client comes back to that server ({@link PrivateChats#server}); one the user closed does
 * not. One per line: the member's name, a tab, the count. (The key's name is from when only unread ones were kept.)
 */
final class ConversationsKept {

    private static final String PREFIX = "privates.unread.";

    private ConversationsKept() {
    }

    /** The conversation with {@code peer} on {@code server} is open with {@code count} unread lines now (0: none). */
    static void set(String server, String peer, int count) {
        Map<String, Integer> all = of(server);
        all.keySet().removeIf(peer::equalsIgnoreCase);
        all.put(peer, count);
        save(server, all);
    }

    /** The conversation with {@code peer} on {@code server} is open, with what it had kept unread, or none. */
    static void open(String server, String peer) {
        Map<String, Integer> all = of(server);
        if (all.keySet().stream().noneMatch(peer::equalsIgnoreCase)) {
            all.put(peer, 0);
            save(server, all);
        }
    }

    /** The conversation with {@code peer} on {@code server} was closed by the user: it does not open again. */
    static void closed(String server, String peer) {
        Map<String, Integer> all = of(server);
        if (all.keySet().removeIf(peer::equalsIgnoreCase)) {
            save(server, all);
        }
    }

    private static void save(String server, Map<String, Integer> all) {
        IEclipsePreferences node = node();
        if (all.isEmpty()) {
            node.remove(PREFIX + server);
        } else {
            node.put(PREFIX + server, NamedNumbers.format(all));
        }
        ChatPreferences.keep(node, ConversationsKept.class, "the open conversations of " + server);
    }

    /** @return the conversations open on {@code server}, in the order they were kept, and their counts */
    static Map<String, Integer> of(String server) {
        Map<String, Integer> all = new LinkedHashMap<>();
        NamedNumbers.parse(node().get(PREFIX + server, "")).forEach((name, count) -> all.put(name, count.intValue()));
        return all;
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
    }
}
