package org.chatroom.ui.internal.bridge;

/**
 * What arrived while the window was not focused: rows members said, and how many of them mention this user or
 * are private to them. Posted on {@link Topics#UNREAD}; zero again once the window is focused.
 */
public record UnreadCount(int unread, int mentions) {

    public static final UnreadCount NONE = new UnreadCount(0, 0);
}
