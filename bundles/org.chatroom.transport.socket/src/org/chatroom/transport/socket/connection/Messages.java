package org.chatroom.transport.socket.connection;

import java.util.ResourceBundle;

/** User-visible texts of the connection layer ({@code messages.properties}). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle
            .getBundle("org.chatroom.transport.socket.connection.messages");

    private Messages() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }
}
