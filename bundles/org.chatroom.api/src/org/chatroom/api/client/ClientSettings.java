package org.chatroom.api.client;

import java.time.Duration;
import java.util.List;
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
 *                       (since 1.1); on IRC the SASL password when {@code saslUser} is set, else the server password
 *                       ({@code PASS})
 * @param channels       {@link ProtocolMode#IRC}: the channels to join after registering, in order (since 1.3);
 *                       {@link ProtocolMode#ROOMS}: the rooms to join on connecting instead of the server's default
 *                       room, in order, the first being where typed text goes; a room that refuses is told as an
 *                       error event, and the default room is joined when none of them could be (since 1.7); an
 *                       entry {@code ROOM PASSWORD} joins a room with its password, and rejoins it with that one when
 *                       the client resumes the room it was in (since 1.16)
 * @param saslUser       {@link ProtocolMode#IRC}: the account for SASL PLAIN, empty for no SASL (since 1.3)
 * @param tlsFingerprint {@link ProtocolMode#IRC} with {@code tls}: the SHA-256 fingerprint ({@code AB:CD:...}, colons
 *                       and case optional) of the server certificate to trust instead of the authorities Java trusts,
 *                       for a server with a self-signed certificate (a Chatroom host's); empty: the authorities and
 *                       the host name are checked (since 1.14)
 */
public record ClientSettings(String host, int port, String nickname, boolean autoReconnect, ProtocolMode protocol,
        Duration connectTimeout, boolean tls, String password, List<String> channels, String saslUser,
        String tlsFingerprint) {

    public static final int DEFAULT_PORT = 53000;

    /** The usual IRC port without TLS (6697 with TLS). @since 1.3 */
    public static final int DEFAULT_IRC_PORT = 6667;

    public ClientSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(nickname, "nickname");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        password = password == null ? "" : password;
        channels = channels == null ? List.of() : List.copyOf(channels);
        saslUser = saslUser == null ? "" : saslUser;
        tlsFingerprint = tlsFingerprint == null ? "" : tlsFingerprint.strip();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** Settings without a certificate fingerprint to trust, as in versions 1.3 to 1.13. */
    public ClientSettings(String host, int port, String nickname, boolean autoReconnect, ProtocolMode protocol,
            Duration connectTimeout, boolean tls, String password, List<String> channels, String saslUser) {
        this(host, port, nickname, autoReconnect, protocol, connectTimeout, tls, password, channels, saslUser, "");
    }

    /** Settings without IRC channels or SASL, as in version 1.2. */
    public ClientSettings(String host, int port, String nickname, boolean autoReconnect, ProtocolMode protocol,
            Duration connectTimeout, boolean tls, String password) {
        this(host, port, nickname, autoReconnect, protocol, connectTimeout, tls, password, List.of(), "");
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
        return new ClientSettings(host, port, nickname, autoReconnect, protocol, connectTimeout, tls, newPassword,
                channels, saslUser, tlsFingerprint);
    }

    /**
     * @return these settings with {@code newNickname}: the name a reconnect asks for after the user changed theirs
     * @since 1.5
     */
    public ClientSettings withNickname(String newNickname) {
        return new ClientSettings(host, port, newNickname, autoReconnect, protocol, connectTimeout, tls, password,
                channels, saslUser, tlsFingerprint);
    }

    /**
     * @return these settings for IRC: {@link ProtocolMode#IRC}, joining {@code ircChannels}, SASL PLAIN as
     *         {@code sasl} (empty for none)
     * @since 1.3
     */
    public ClientSettings forIrc(List<String> ircChannels, String sasl) {
        return new ClientSettings(host, port, nickname, autoReconnect, ProtocolMode.IRC, connectTimeout, tls,
                password, ircChannels, sasl, tlsFingerprint);
    }

    /**
     * @return these settings trusting the server certificate of SHA-256 {@code fingerprint} (empty: the authorities)
     * @since 1.14
     */
    public ClientSettings withTlsFingerprint(String fingerprint) {
        return new ClientSettings(host, port, nickname, autoReconnect, protocol, connectTimeout, tls, password,
                channels, saslUser, fingerprint);
    }

    /** Like the record's own, with the password masked. */
    @Override
    public String toString() {
        return "ClientSettings[host=" + host + ", port=" + port + ", nickname=" + nickname + ", autoReconnect="
                + autoReconnect + ", protocol=" + protocol + ", connectTimeout=" + connectTimeout + ", tls=" + tls
                + ", password=" + (password.isEmpty() ? "" : "***") + ", channels=" + channels + ", saslUser="
                + saslUser + ", tlsFingerprint=" + tlsFingerprint + "]";
    }
}
