package org.chatroom.room.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** User-visible texts of the room ({@code messages.properties}). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.chatroom.room.internal.messages");

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        return MessageFormat.format(BUNDLE.getString(key), arguments);
    }
}
