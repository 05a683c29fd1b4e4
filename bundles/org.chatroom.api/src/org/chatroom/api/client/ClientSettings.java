package org.chatroom.api.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to connect.
 *
 * @param host           room host name or address, or several servers that share their rooms as {@code host[:port]}
 *                       entries separated by commas, tried in turn (an entry without a port uses {@code port})
 * @param port           room port, 1..65535
 * @param nickname       requested name
 * @param autoReconnect  reconnect with backoff after an unexpected loss
 * @param protocol       which protocol to speak
 * @param connectTimeout bound on one connection attempt, including the handshake
 * @param tls            connect with TLS (the room's TLS port), pinning the room's certificate on first use
 *                       (since 1.1)
 * @param password       the room's password, empty when the room has none; never shown by {@link #toString()}
 *                       (since 1.1)
 */
public record ClientSettings(String host, int port, String nickname, boolean autoReconnect, ProtocolMode protocol,
        Duration connectTimeout, boolean tls, String password) {

    public static final int DEFAULT_PORT = 53000;

    public ClientSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(nickname, "nickname");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        password = password == null ? "" : password;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** Settings for a plain (not TLS) connection to a room without password, as in version 1.0. */
    public ClientSettings(String host, int port, String nickname, boolean autoReconnect, ProtocolMode protocol,
            Duration connectTimeout) {
        this(host, port, nickname, autoReconnect, protocol, connectTimeout, false, "");
    }

    /** Settings for a room without password, plain or TLS. */
    public ClientSettings(String host, int port, String nickname, boolean autoReconnect, ProtocolMode protocol,
            Duration connectTimeout, boolean tls) {
        this(host, port, nickname, autoReconnect, protocol, connectTimeout, tls, "");
    }

    /** Settings for a plain connection to a room with {@code password}. */
    public ClientSettings(String host, int port, String nickname, boolean autoReconnect, ProtocolMode protocol,
            Duration connectTimeout, String password) {
        this(host, port, nickname, autoReconnect, protocol, connectTimeout, false, password);
    }

    public ClientSettings(String host, int port, String nickname) {
        this(host, port, nickname, false, ProtocolMode.AUTO, Duration.ofSeconds(5));
    }

    /** @return these settings with {@code newPassword} (empty for none) */
    public ClientSettings withPassword(String newPassword) {
        return new ClientSettings(host, port, nickname, autoReconnect, protocol, connectTimeout, tls, newPassword);
    }

    /** Like the record's own, with the password masked. */
    @Override
    public String toString() {
        return "ClientSettings[host=" + host + ", port=" + port + ", nickname=" + nickname + ", autoReconnect="
                + autoReconnect + ", protocol=" + protocol + ", connectTimeout=" + connectTimeout + ", tls=" + tls
                + ", password=" + (password.isEmpty() ? "" : "***") + "]";
    }
}
