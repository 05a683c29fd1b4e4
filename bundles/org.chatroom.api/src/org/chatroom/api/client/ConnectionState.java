package org.chatroom.api.client;

/** Life of a {@link ChatClient} connection. */
public enum ConnectionState {
    DISCONNECTED, CONNECTING, CONNECTED, RECONNECTING
}
