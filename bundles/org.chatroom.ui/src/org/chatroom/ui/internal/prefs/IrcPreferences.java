package org.chatroom.ui.internal.prefs;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.client.ClientSettings;
import org.chatroom.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The connection's protocol (a Chatroom room or an IRC network) and the IRC settings: channels to join and the SASL
 * account (its password is the connection's password, in secure storage). The client picks the protocol from the
 * settings alone, so the rest of the desktop needs nothing IRC-specific.
 */
public final class IrcPreferences {

    /** {@value #CHATROOM} or {@value #IRC}. */
    public static final String PROTOCOL = "protocol";
    public static final String CHATROOM = "chatroom";
    public static final String IRC = "irc";
    /** Channels to join, separated by commas or spaces. */
    public static final String CHANNELS = "ircChannels";
    /** SASL PLAIN account, empty for none. */
    public static final String SASL_USER = "saslUser";
    /** SHA-256 fingerprint of the server certificate to trust (a self-signed one), empty for the authorities. */
    public static final String TLS_FINGERPRINT = "ircTlsFingerprint";

    /** The usual IRC port with TLS. */
    static final int TLS_PORT = 6697;

    private IrcPreferences() {
    }

    /** The port a connection of {@code protocol} (with TLS or not) uses unless the user says otherwise. */
    static int usualPort(String protocol, boolean tls) {
        if (!IRC.equals(protocol)) {
            return ClientSettings.DEFAULT_PORT;
        }
        return tls ? TLS_PORT : ClientSettings.DEFAULT_IRC_PORT;
    }

    /** {@code settings} for IRC when the preferences choose it, else unchanged. */
    static ClientSettings apply(ClientSettings settings) {
        if (!IRC.equals(ChatPreferences.string(PROTOCOL))) {
            return settings;
        }
        String channels = ChatPreferences.string(CHANNELS);
        String problem = channelsProblem(channels);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String fingerprint = ChatPreferences.string(TLS_FINGERPRINT).trim();
        if (fingerprintProblem(fingerprint) != null) {
            throw new IllegalArgumentException(fingerprintProblem(fingerprint));
        }
        return settings.forIrc(channels(channels), ChatPreferences.string(SASL_USER).trim())
                .withTlsFingerprint(fingerprint);
    }

    /** The message for a certificate fingerprint that is neither empty nor SHA-256's 64 hex digits, or null. */
    static String fingerprintProblem(String text) {
        String hex = text.replaceAll("[:\\s]", "");
        return hex.isEmpty() || hex.matches("[0-9A-Fa-f]{64}") ? null : Messages.errorIrcFingerprint;
    }

    static List<String> channels(String text) {
        List<String> channels = new ArrayList<>();
        for (String channel : text.split("[,\\s]+")) {
            if (!channel.isEmpty()) {
                channels.add(channel);
            }
        }
        return channels;
    }

    /** The message for channels that are not valid IRC channel names, or {@code null}. */
    static String channelsProblem(String text) {
        for (String channel : channels(text)) {
            if (channel.length() < 2 || "#&".indexOf(channel.charAt(0)) < 0 || channel.indexOf('\u0007') >= 0) {
                return NLS.bind(Messages.errorIrcChannel, channel);
            }
        }
        return null;
    }
}
