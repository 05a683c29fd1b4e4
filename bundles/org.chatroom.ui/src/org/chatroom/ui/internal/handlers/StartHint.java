package org.chatroom.ui.internal.handlers;

import java.util.List;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.KeptRooms;
import org.chatroom.ui.internal.prefs.Validators;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.keys.IBindingService;

/** What a window that starts in no room says: the two ways into one, with their keys as the Chat menu shows them. */
public final class StartHint {

    private static final String HOST = "org.chatroom.ui.command.hostRoom";
    private static final String CONNECT = "org.chatroom.ui.command.connect";
    private static final String PREFERENCES = "org.eclipse.ui.window.preferences";

    private StartHint() {
    }

    /**
     * The hint's lines, with the keys {@code keys} gives for this platform ("Shift+Ctrl+H" on GTK), and where Connect
     * goes once a room was chosen in the preferences (read from them; the password is not needed to say where).
     */
    public static List<String> lines(IBindingService keys) {
        String nickname = ChatPreferences.string(ChatPreferences.NICKNAME).strip();
        boolean chosen = ChatPreferences.remoteRoomChosen() && Validators.nickname(nickname) == null
                && !ChatPreferences.string(ChatPreferences.HOST).isBlank();
        return lines(keys, chosen ? where(ChatPreferences.string(ChatPreferences.HOST).strip(),
                ChatPreferences.integer(ChatPreferences.PORT)) : null, nickname);
    }

    /**
     * @param where    where Connect connects ({@link #where}), null while no room was chosen
     * @param nickname the name it connects with
     */
    public static List<String> lines(IBindingService keys, String where, String nickname) {
        String connect = where == null ? NLS.bind(Messages.startHintConnect, key(keys, CONNECT), key(keys, PREFERENCES))
                : NLS.bind(Messages.startHintConnectTo,
                        new Object[] { key(keys, CONNECT), where, nickname, key(keys, PREFERENCES) });
        return List.of(NLS.bind(Messages.startHintHost, key(keys, HOST)), connect);
    }

    /** {@code host:port}, {@code [::1]:port} for an IPv6 address, each server with its port when several are. */
    public static String where(String host, int port) {
        return KeptRooms.address(host, port);
    }

    private static String key(IBindingService keys, String command) {
        String key = keys.getBestActiveBindingFormattedFor(command);
        return key == null || key.isEmpty() ? Messages.startHintMenu : key;
    }
}
