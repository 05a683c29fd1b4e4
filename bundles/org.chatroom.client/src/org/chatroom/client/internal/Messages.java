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

    /** {@code text} ended as a sentence, so that another can follow it: a full stop unless it ends with one. */
    static String sentence(String text) {
        return text.isEmpty() || ".!?".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + ".";
    }
}
