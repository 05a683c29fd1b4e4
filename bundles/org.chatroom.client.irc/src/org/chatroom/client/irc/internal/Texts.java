package org.chatroom.client.irc.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The IRC client's user-visible texts, from texts.properties. */
final class Texts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.chatroom.client.irc.internal.texts");

    private Texts() {
    }

    static String format(String key, Object... args) {
        return MessageFormat.format(BUNDLE.getString(key), args);
    }

    static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    /** {@code text} ended as a sentence, so that another can follow it: a full stop unless it ends with one. */
    static String sentence(String text) {
        return text.isEmpty() || ".!?".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + ".";
    }
}
