package org.chatroom.ui.internal.views;

import java.util.List;

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
        return TypedLine.of(line).is("/ignore", "/unignore");
    }

    /**
     * @param me this user's name, which cannot be ignored
     * @return what to tell the user
     */
    public static String run(String line, String me) {
        TypedLine typed = TypedLine.of(line);
        List<String> names = typed.arguments();
        boolean ignore = typed.is("/ignore");
        if (names.isEmpty() && ignore) {
            List<String> ignored = IgnoredNames.list();
            return ignored.isEmpty() ? ViewTexts.ignoringNobody
                    : NLS.bind(ViewTexts.ignoring, String.join(", ", ignored));
        }
        if (names.size() != 1) {
            return ViewTexts.ignoreUsage;
        }
        return ignore ? ignore(names.get(0), me) : unignore(names.get(0));
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
