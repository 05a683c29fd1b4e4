package org.chatroom.ui.internal.bridge;

import org.chatroom.api.client.ConnectionState;

/** A connection state change as the views receive it. */
public record StateChange(ConnectionState state, String detail) {
}
