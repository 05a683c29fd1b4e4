package org.chatroom.console.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The console's user-visible texts, from messages.properties. */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.chatroom.console.internal.messages");

    private Messages() {
    }

    static String format(String key, Object... args) {
        return MessageFormat.format(BUNDLE.getString(key), args);
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }
}
