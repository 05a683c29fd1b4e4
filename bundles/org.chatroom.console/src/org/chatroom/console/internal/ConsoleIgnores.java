package org.chatroom.console.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.protocol.SafeText;

/**
 * The members whose words this console does not print, for as long as it runs: {@code /ignore NAME},
 * {@code /unignore NAME} and {@code /ignore} alone (the list), answered here and never sent. What an ignored member
 * says, their actions and their private messages are not printed; their joins, leaves and renames are. Names compare
 * without case. Typed on the input thread, read on the client's.
 */
final class ConsoleIgnores {

    /** By folded name, the name as typed. */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    static boolean handles(String line) {
        String verb = line.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return verb.equals("/ignore") || verb.equals("/unignore");
    }

    /**
     * @param me this user's name, which cannot be ignored
     * @return the line to print in answer
     */
    String run(String line, String me) {
        String[] words = line.strip().split("\\s+");
        boolean ignore = words[0].equalsIgnoreCase("/ignore");
        if (words.length == 1 && ignore) {
            List<String> listed = List.copyOf(names.values());
            return listed.isEmpty() ? Messages.get("ignore.nobody")
                    : Messages.format("ignore.list", SafeText.escape(String.join(", ", listed)));
        }
        if (words.length != 2) {
            return Messages.get("ignore.usage");
        }
        String name = words[1];
        String shown = SafeText.escape(name);
        if (ignore && name.equalsIgnoreCase(me)) {
            return Messages.get("ignore.self");
        }
        if (ignore) {
            return Messages.format(names.putIfAbsent(fold(name), name) == null ? "ignore.added" : "ignore.already",
                    shown);
        }
        return Messages.format(names.remove(fold(name)) != null ? "ignore.removed" : "ignore.not", shown);
    }

    /** @return whether {@code event} is what an ignored member said */
    boolean hides(ChatEvent event) {
        boolean said = event.kind() == Kind.MESSAGE || event.kind() == Kind.ACTION || event.kind() == Kind.PRIVATE;
        return said && !names.isEmpty() && names.containsKey(fold(event.from()));
    }

    private static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
