/**
 * The connection layer every socket transport of Chatroom shares: I/O loops, framing, the outbound queue, the close
 * state machine, the slow-reader and handler-failure policies, per-address admission limits and accept back-off. 1.1: the admission limits every transport configures ({@link org.chatroom.transport.socket.connection.AddressLimitsConfig}), 0 being no limit. 1.2: the write gathering window
 * ({@link org.chatroom.transport.socket.connection.IoLoopConfig}) and {@link org.chatroom.transport.socket.connection.NioConnection#writeCalls()}.
 * 1.3: {@link org.chatroom.transport.socket.connection.ByteCodec#released()}, so that a codec frees a native engine.
 * 1.4: a codec's {@code Context.refuse} takes the reason alone; the line around it is the listener's
 * ({@link org.chatroom.api.transport.TransportLimits#refusalLine}), so that an IRC port refuses in IRC's words.
 * A transport adds only a {@link org.chatroom.transport.socket.connection.ByteCodec} (plain TCP: none; TLS: an
 * {@code SSLEngine}) and its DS component.
 */
@org.osgi.annotation.versioning.Version("1.4.0")
package org.chatroom.transport.socket.connection;
