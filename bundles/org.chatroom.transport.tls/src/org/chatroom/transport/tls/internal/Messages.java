package org.chatroom.transport.tls.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** User-visible texts of the TLS transport ({@code messages.properties}). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.chatroom.transport.tls.internal.messages");

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        return MessageFormat.format(BUNDLE.getString(key), arguments);
    }
}
