package org.chatroom.ui.internal.prefs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A preference's value holding a number per name (a room, a member), one per line: the name, a tab, the number. The
 * unread conversations' counts and how far each room was read are kept so.
 */
public final class NamedNumbers {

    private NamedNumbers() {
    }

    /** @return the names and numbers of {@code value}, in its order; a line that is not one (edited by hand) skipped */
    public static Map<String, Long> parse(String value) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (String line : value.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                try {
                    all.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1).strip()));
                } catch (NumberFormatException e) {
                    // skipped
                }
            }
        }
        return all;
    }

    /** @return {@code numbers} as a value {@link #parse} reads, empty for none */
    public static String format(Map<String, ? extends Number> numbers) {
        StringBuilder value = new StringBuilder();
        numbers.forEach((name, number) -> value.append(name).append('\t').append(number).append('\n'));
        return value.toString();
    }
}
