package org.chatroom.client.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The client's user-visible texts (notices and connection details), from messages.properties. */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.chatroom.client.internal.messages");

    private Messages() {
    }

    static String format(String key, Object... args) {
        return MessageFormat.format(BUNDLE.getString(key), args);
    }
}
