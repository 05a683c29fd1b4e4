package org.chatroom.loadtest;

import java.util.Locale;
import java.util.ResourceBundle;

/** The tool's user-visible texts (messages.properties), formatted with {@link String#format}. */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.chatroom.loadtest.messages");

    private Messages() {
    }

    static String get(String key, Object... args) {
        return String.format(Locale.ROOT, BUNDLE.getString(key), args);
    }
}
