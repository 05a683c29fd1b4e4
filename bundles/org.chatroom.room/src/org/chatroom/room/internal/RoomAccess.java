package org.chatroom.room.internal;

import java.time.Duration;

/**
 * Who may join a room, and how long they may take to.
 *
 * @param password         the room's password ({@link Password#NONE} for none)
 * @param bans             banned names and addresses (shared with the room service, which outlives one room)
 * @param handshakeTimeout how long a connection may take to join before it is told and closed
 */
public record RoomAccess(Password password, Bans bans, Duration handshakeTimeout) {

    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(60);

    /** No password, no bans, the default handshake timeout. */
    public static RoomAccess open() {
        return new RoomAccess(Password.NONE, new Bans(), DEFAULT_HANDSHAKE_TIMEOUT);
    }

    public static RoomAccess of(RoomConfig config, Bans bans) {
        return new RoomAccess(new Password(config._password(), config.password_attempts()), bans,
                Duration.ofSeconds(config.handshake_timeout_seconds()));
    }
}
