package org.chatroom.irc.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** User-visible texts of the IRC listener ({@code messages.properties}). */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.chatroom.irc.internal.messages");

    private Messages() {
    }

    /** Whether there is a text for {@code key}. */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    public static String get(String key, Object... arguments) {
        return MessageFormat.format(BUNDLE.getString(key), arguments);
    }
}
