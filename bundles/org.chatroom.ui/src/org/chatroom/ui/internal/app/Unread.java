package org.chatroom.ui.internal.app;

/**
 * Unread state for the window title: post it on {@link #TOPIC} (IEventBroker) whenever it changes; zero messages
 * clears the count from the title.
 *
 * @param messages unread messages
 * @param mentions of them, those naming the user or private to the user
 */
public record Unread(int messages, int mentions) {

    /** Topic of {@link Unread} events; the data is an {@link Unread}. */
    public static final String TOPIC = "org/chatroom/ui/unread";

    public static final Unread NONE = new Unread(0, 0);
}
