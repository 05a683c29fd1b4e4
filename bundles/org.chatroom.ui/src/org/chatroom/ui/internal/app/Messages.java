package org.chatroom.ui.internal.app;

import java.util.ResourceBundle;

/** User-visible strings of the application shell, from messages.properties. */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.chatroom.ui.internal.app.messages");

    private Messages() {
    }

    static String windowTitle() {
        return BUNDLE.getString("window.title");
    }
}
