package org.chatroom.ui.internal.prefs;

import java.time.Duration;

import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ProtocolMode;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/** Preference keys of the desktop client and typed reads of their current values (instance scope over defaults). */
public final class ChatPreferences {

    public static final String NODE = "org.chatroom.ui";

    public static final String HOST = "host";
    public static final String PORT = "port";
    public static final String NICKNAME = "nickname";
    public static final String AUTO_CONNECT = "autoConnect";
    public static final String AUTO_RECONNECT = "autoReconnect";
    public static final String USE_TLS = "useTls";
    public static final String HOSTING_PORT = "hostingPort";
    /** Whether a hosted room listens on this machine only (127.0.0.1) rather than on all interfaces. */
    public static final String HOSTING_LOCAL_ONLY = "hostingLocalOnly";
    /** TLS port of a hosted room, 0 for none. */
    public static final String HOSTING_TLS_PORT = "hostingTlsPort";
    /** Port on which the hosted room lets IRC clients in, 0 for none. */
    public static final String HOSTING_IRC_PORT = "hostingIrcPort";
    /** Port on which the hosted room lets IRC clients in with TLS (when it has TLS), 0 for none. */
    public static final String HOSTING_IRC_TLS_PORT = "hostingIrcTlsPort";
    public static final String LOG_ENABLED = "logEnabled";
    /** Whether private conversations are kept in the workspace and shown again when they open. */
    public static final String KEEP_PRIVATES = "keepPrivates";
    /** The private messages kept with each member, when {@link #KEEP_PRIVATES}. */
    public static final int PRIVATES_KEPT = 500;
    public static final String SCROLLBACK = "scrollback";
    /** Password of the remote room; kept in secure storage ({@link Secrets}), not in the preferences. */
    public static final String PASSWORD = "password";
    /** Password of the room this process hosts; kept in secure storage like {@link #PASSWORD}. */
    public static final String HOSTING_PASSWORD = "hostingPassword";

    /** Set when the user confirms the preference page: the room to connect to was chosen, even the default one. */
    public static final String REMOTE_CHOSEN = "remoteRoomChosen";

    public static final int MIN_SCROLLBACK = 1_000;
    public static final int MAX_SCROLLBACK = 1_000_000;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private ChatPreferences() {
    }

    public static String string(String key) {
        return service().getString(NODE, key, "", null);
    }

    public static int integer(String key) {
        return service().getInt(NODE, key, 0, null);
    }

    public static boolean bool(String key) {
        return service().getBoolean(NODE, key, false, null);
    }

    /**
     * Whether a room to connect to was ever chosen: its host or port set, or the preference page confirmed. Until
     * then Connect asks where the room is instead of trying this machine's port 53000 as the system's user.
     */
    public static boolean remoteRoomChosen() {
        Preferences node = InstanceScope.INSTANCE.getNode(NODE);
        return node.get(HOST, null) != null || node.get(PORT, null) != null || node.getBoolean(REMOTE_CHOSEN, false);
    }

    /** Settings for the remote room of the preferences; throws IllegalArgumentException when they are not valid. */
    public static ClientSettings remoteRoom() {
        String host = string(HOST).trim();
        return KeptRooms.joining(IrcPreferences.apply(settings(host, integer(PORT), bool(USE_TLS))
                .withPassword(Secrets.get(PASSWORD))), KeptRooms.key(host, integer(PORT)));
    }

    /** Settings for joining the room this process hosts on {@code port}. */
    public static ClientSettings hostedRoom(int port) {
        return KeptRooms.joining(settings("127.0.0.1", port, false).withPassword(Secrets.get(HOSTING_PASSWORD)),
                KeptRooms.key("localhost", port));
    }

    private static ClientSettings settings(String host, int port, boolean tls) {
        String nick = string(NICKNAME).trim();
        String problem = Validators.nickname(nick);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        // rooms (chatroom/2: a tab per room, history, resume), falling back to chatroom/1 and the original protocol
        return new ClientSettings(host, port, nick, bool(AUTO_RECONNECT), ProtocolMode.ROOMS, CONNECT_TIMEOUT,
                tls);
    }

    /**
     * Writes {@code node} to disk now, for the next start; a failure is logged for {@code owner} ("Cannot keep
     * {@code what} for the next start"), the values staying in memory for this run.
     */
    public static void keep(Preferences node, Class<?> owner, String what) {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(owner).warn("Cannot keep " + what + " for the next start", e);
        }
    }

    private static IPreferencesService service() {
        return Platform.getPreferencesService();
    }
}
