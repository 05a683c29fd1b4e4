package org.chatroom.irc.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A host's settings for one run of the IRC gateway ({@code GatewaySettings.options()}), each over the configured
 * value, named as in the metatype ({@code server.name} for {@code server_name()}). Values are checked as the metatype
 * states (a number at least its minimum, {@code true} or {@code false}; lists separated by commas), and a key nobody
 * asked for is refused by {@link #refuseUnknown()}, with the keys there are.
 */
final class IrcOptions {

    private final Map<String, String> options;
    private final Set<String> known = new LinkedHashSet<>();

    IrcOptions(Map<String, String> options) {
        this.options = Map.copyOf(options);
    }

    String text(String key, String configured) {
        known.add(key);
        return options.getOrDefault(key, configured);
    }

    /** @throws IllegalArgumentException when the option is not a whole number of at least {@code min} */
    int number(String key, int configured, int min) {
        String text = text(key, null);
        if (text == null) {
            return configured;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(Messages.get("option.badNumber", key, text, Integer.toString(min)));
    }

    /** @throws IllegalArgumentException when the option is neither {@code true} nor {@code false} */
    boolean flag(String key, boolean configured) {
        String text = text(key, null);
        if (text == null) {
            return configured;
        }
        if (!text.strip().equalsIgnoreCase("true") && !text.strip().equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(Messages.get("option.badFlag", key, text));
        }
        return Boolean.parseBoolean(text.strip());
    }

    /** A list separated by commas, blank entries left out. */
    String[] list(String key, String[] configured) {
        String text = text(key, null);
        return text == null ? configured
                : Arrays.stream(text.split(",")).map(String::strip).filter(entry -> !entry.isEmpty())
                        .toArray(String[]::new);
    }

    /** @throws IllegalArgumentException naming the first option no lookup asked for, and the keys there are */
    void refuseUnknown() {
        Set<String> unknown = new TreeSet<>(options.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    Messages.get("option.unknown", unknown.iterator().next(), String.join(", ", new TreeSet<>(known))));
        }
    }
}
