package org.chatroom.ui.internal.views;

import java.util.List;
import java.util.Locale;

import org.chatroom.ui.internal.prefs.IgnoredNames;
import org.eclipse.osgi.util.NLS;

/**
 * {@code /ignore NAME}, {@code /unignore NAME} and {@code /ignore} alone (whom this user ignores): answered on this
 * desktop, never sent ({@link IgnoredNames}), from the room's input line and a private conversation's; the member
 * list's context menu does the same for the member selected.
 */
public final class IgnoreCommands {

    private IgnoreCommands() {
    }

    /** @return whether {@code line} is one of these commands */
    public static boolean handles(String line) {
        String verb = line.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return verb.equals("/ignore") || verb.equals("/unignore");
    }

    /**
     * @param me this user's name, which cannot be ignored
     * @return what to tell the user
     */
    public static String run(String line, String me) {
        String[] words = line.strip().split("\\s+");
        boolean ignore = words[0].equalsIgnoreCase("/ignore");
        if (words.length == 1 && ignore) {
            List<String> names = IgnoredNames.list();
            return names.isEmpty() ? ViewTexts.ignoringNobody : NLS.bind(ViewTexts.ignoring, String.join(", ", names));
        }
        if (words.length != 2) {
            return ViewTexts.ignoreUsage;
        }
        return ignore ? ignore(words[1], me) : unignore(words[1]);
    }

    /** Ignores {@code name} ({@code me}: this user); @return what to tell the user */
    static String ignore(String name, String me) {
        if (name.equalsIgnoreCase(me)) {
            return ViewTexts.ignoreSelf;
        }
        return NLS.bind(IgnoredNames.add(name) ? ViewTexts.ignoredNow : ViewTexts.alreadyIgnored, name);
    }

    /** @return what to tell the user */
    static String unignore(String name) {
        return NLS.bind(IgnoredNames.remove(name) ? ViewTexts.unignoredNow : ViewTexts.notIgnored, name);
    }
}
