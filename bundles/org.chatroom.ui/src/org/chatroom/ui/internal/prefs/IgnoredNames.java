package org.chatroom.ui.internal.prefs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The members whose words this user does not want to see (preference {@value #KEY}, one name a line): what they say
 * in a room, their actions and their private messages are dropped before the views, so they are not shown, counted
 * as unread or notified (the chat log, which hears the client itself, keeps a whole record); their joins, leaves and
 * renames still show (a moderator's view stays whole).
 * Names compare without case. Read on the client's threads, changed on the UI thread.
 */
public final class IgnoredNames {

    public static final String KEY = "ignored";

    /** By folded name, the names as the user typed them; null until read, and again after the preference changed. */
    private static volatile Map<String, String> names;
    private static boolean listening;

    private IgnoredNames() {
    }

    /** @return {@code events} without what an ignored member said (the same list when nobody is ignored) */
    public static List<ChatEvent> shown(List<ChatEvent> events) {
        Map<String, String> ignored = names();
        if (ignored.isEmpty()) {
            return events;
        }
        List<ChatEvent> shown = new ArrayList<>(events.size());
        for (ChatEvent event : events) {
            boolean said = event.kind() == Kind.MESSAGE || event.kind() == Kind.ACTION || event.kind() == Kind.PRIVATE;
            if (!said || !ignored.containsKey(fold(event.from()))) {
                shown.add(event);
            }
        }
        return shown.size() == events.size() ? events : shown;
    }

    public static boolean ignored(String name) {
        return names().containsKey(fold(name));
    }

    /** @return the names ignored, as typed, in the order they were added */
    public static List<String> list() {
        return List.copyOf(names().values());
    }

    /** @return false when {@code name} was already ignored */
    public static boolean add(String name) {
        Map<String, String> next = new LinkedHashMap<>(names());
        if (next.putIfAbsent(fold(name), name.strip()) != null) {
            return false;
        }
        store(next);
        return true;
    }

    /** @return false when {@code name} was not ignored */
    public static boolean remove(String name) {
        Map<String, String> next = new LinkedHashMap<>(names());
        if (next.remove(fold(name)) == null) {
            return false;
        }
        store(next);
        return true;
    }

    private static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> names() {
        Map<String, String> current = names;
        if (current == null) {
            current = new LinkedHashMap<>();
            for (String name : Arrays.asList(node().get(KEY, "").split("\n"))) {
                if (!name.isBlank()) {
                    current.putIfAbsent(fold(name), name.strip());
                }
            }
            names = current;
            listen();
        }
        return current;
    }

    private static synchronized void listen() {
        if (!listening) {
            listening = true;
            node().addPreferenceChangeListener(event -> {
                if (KEY.equals(event.getKey())) {
                    names = null;
                }
            });
        }
    }

    private static void store(Map<String, String> next) {
        names = next;
        IEclipsePreferences node = node();
        node.put(KEY, String.join("\n", next.values()));
        ChatPreferences.keep(node, IgnoredNames.class, "the ignored names");
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
    }
}
