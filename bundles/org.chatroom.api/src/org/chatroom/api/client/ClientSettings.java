package org.chatroom.api.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to connect.
 *
 * @param host           room host name or address
 * @param port           room port, 1..65535
 * @param nickname       requested name
 * @param autoReconnect  reconnect with backoff after an unexpected loss
 * @param protocol       which protocol to speak
 * @param connectTimeout bound on one connection attempt, including the handshake
 * @param password       the room's password, empty when the room has none; never shown by {@link #toString()}
 */
public record ClientSettings(String host, int port, String nickname, boolean autoReconnect, ProtocolMode protocol,
        Duration connectTimeout, String password) {

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

    /** Settings for a room without password. */
    public ClientSettings(String host, int port, String nickname, boolean autoReconnect, ProtocolMode protocol,
            Duration connectTimeout) {
        this(host, port, nickname, autoReconnect, protocol, connectTimeout, "");
    }

    public ClientSettings(String host, int port, String nickname) {
        this(host, port, nickname, false, ProtocolMode.AUTO, Duration.ofSeconds(5));
    }

    /** @return these settings with {@code newPassword} (empty for none) */
    public ClientSettings withPassword(String newPassword) {
        return new ClientSettings(host, port, nickname, autoReconnect, protocol, connectTimeout, newPassword);
    }

    /** Like the record's own, with the password masked. */
    @Override
    public String toString() {
        return "ClientSettings[host=" + host + ", port=" + port + ", nickname=" + nickname + ", autoReconnect="
                + autoReconnect + ", protocol=" + protocol + ", connectTimeout=" + connectTimeout + ", password="
                + (password.isEmpty() ? "" : "***") + "]";
    }
}
