package org.chatroom.log.sqlite.internal.store;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** User-visible texts of the room log ({@code messages.properties}): refusals and start errors. */
final class Texts {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.chatroom.log.sqlite.internal.store.messages");

    private Texts() {
    }

    static String get(String key, Object... arguments) {
        return MessageFormat.format(BUNDLE.getString(key), arguments);
    }
}
