package org.chatroom.ui.internal.privates;

import org.chatroom.ui.internal.bridge.Topics;

/** A private conversation's unread count (every message in it is for the user), on {@link Topics#CONVERSATION_UNREAD}. */
public record ConversationUnread(String peer, int unread) {
}
