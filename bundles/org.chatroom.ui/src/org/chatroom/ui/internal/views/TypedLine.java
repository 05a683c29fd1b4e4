package org.chatroom.ui.internal.views;

import java.util.List;
import java.util.Locale;

/**
 * A line the user typed, taken apart as the clients take it: a command when it starts with {@code /} (not
 * {@code //}, the escape for text that starts with one; not after a space), its verb the first word in lower case
 * with the slash, its arguments the words after it. Text is a line with no verb.
 *
 * @param verb      the command's verb ({@code /join}), empty for text
 * @param arguments the words after the verb (split at white space), empty for text
 * @param rest      what follows the verb and its white space, as typed ({@code /search} takes it whole)
 */
public record TypedLine(String verb, List<String> arguments, String rest) {

    public static TypedLine of(String line) {
        if (!line.startsWith("/") || line.startsWith("//")) {
            return new TypedLine("", List.of(), "");
        }
        String[] head = line.strip().split("\\s+", 2);
        String rest = head.length > 1 ? head[1] : "";
        return new TypedLine(head[0].toLowerCase(Locale.ROOT), rest.isEmpty() ? List.of() : List.of(rest.split("\\s+")),
                rest);
    }

    /** @return whether the line is a command with one of {@code verbs} (lower case, with the slash) */
    public boolean is(String... verbs) {
        return List.of(verbs).contains(verb);
    }

    /**
     * @return whether the line acts on the room shown: text (a {@code //} line too), {@code /me}, {@code /topic}, a
     *         bare {@code /part} or {@code /names}; not another command, nor one that names its room
     */
    public boolean forTheRoomShown() {
        return verb.isEmpty() || is("/me", "/topic") || bare() && is("/part", "/names");
    }

    /** @return whether the line is a command without arguments */
    public boolean bare() {
        return !verb.isEmpty() && arguments.isEmpty();
    }
}
