package org.chatroom.ui.internal.views;

/** One line of the message list as shown: time, who, what, and how it is styled. */
public record MessageRow(String time, String from, String text, Style style) {

    /** How a row stands out. */
    public enum Style {
        NORMAL, OWN, MENTION, PRIVATE, NOTICE, ERROR
    }
}
