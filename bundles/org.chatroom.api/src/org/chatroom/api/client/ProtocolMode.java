package org.chatroom.api.client;

/** Which protocol a client speaks. See docs/PROTOCOL.md. */
public enum ProtocolMode {
    /** Try the extended protocol, fall back to the original one when the room does not answer the hello. */
    AUTO,
    /** Only the extended protocol (members, timestamps, commands). */
    EXTENDED,
    /** Only the original protocol: name prompt, plain text messages. */
    ORIGINAL,
    /**
     * Rooms ({@code chatroom/2}: several rooms, history, resume after a drop), falling back like {@link #AUTO} to
     * {@code chatroom/1} and then the original protocol when the room does not speak it.
     *
     * @since 1.2
     */
    ROOMS,
    /**
     * IRC (RFC 1459/2812 client protocol, as "Modern IRC" describes it): channels are rooms, private messages are
     * private conversations. Served by the bundle {@code org.chatroom.client.irc}; see
     * {@link ClientSettings#channels()} and {@link ClientSettings#saslUser()}.
     *
     * @since 1.3
     */
    IRC
}
