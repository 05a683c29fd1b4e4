package org.chatroom.server.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The server's user-visible texts, from messages.properties. */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.chatroom.server.internal.messages");

    private Messages() {
    }

    static String format(String key, Object... args) {
        return MessageFormat.format(BUNDLE.getString(key), args);
    }
}
