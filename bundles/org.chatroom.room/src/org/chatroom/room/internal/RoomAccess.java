package org.chatroom.room.internal;

import java.time.Duration;

/**
 * Who may join a room, and how long they may take to.
 *
 * @param password         the room's password ({@link Password#NONE} for none)
 * @param bans             banned names and addresses (shared with the room service, which outlives one room)
 * @param handshakeTimeout how long a connection may take to join before it is told and closed
 * @param throttle         wrong passwords per source address, across connections
 */
public record RoomAccess(Password password, Bans bans, Duration handshakeTimeout, GuessThrottle throttle) {

    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(60);

    /** With the default throttle: waits from one second after a connection's worth of failures, 5 min lockout. */
    public RoomAccess(Password password, Bans bans, Duration handshakeTimeout) {
        this(password, bans, handshakeTimeout, new GuessThrottle(new GuessThrottle.Policy(password.maxAttempts(),
                Duration.ofSeconds(1), 10, Duration.ofMinutes(5))));
    }

    /** No password, no bans, the default handshake timeout. */
    public static RoomAccess open() {
        return new RoomAccess(Password.NONE, new Bans(), DEFAULT_HANDSHAKE_TIMEOUT);
    }

    public static RoomAccess of(RoomConfig config, Bans bans) {
        return new RoomAccess(new Password(config._password(), config.password_attempts()), bans,
                Duration.ofSeconds(config.handshake_timeout_seconds()), throttle(config));
    }

    /** The throttle a configuration describes. */
    public static GuessThrottle throttle(RoomConfig config) {
        return new GuessThrottle(new GuessThrottle.Policy(config.password_attempts(),
                Duration.ofMillis(config.password_delay_millis()), config.password_lockout_failures(),
                Duration.ofSeconds(config.password_lockout_seconds())));
    }
}
