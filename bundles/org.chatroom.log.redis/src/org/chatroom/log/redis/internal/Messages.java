package org.chatroom.log.redis.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** User-visible texts of the Redis room log ({@code messages.properties}). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.chatroom.log.redis.internal.messages");

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        return MessageFormat.format(BUNDLE.getString(key), arguments);
    }
}
