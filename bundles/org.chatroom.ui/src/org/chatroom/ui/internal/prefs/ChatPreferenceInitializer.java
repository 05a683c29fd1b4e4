package org.chatroom.ui.internal.prefs;

import org.chatroom.api.client.ClientSettings;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Default values of the Chatroom preferences. */
public final class ChatPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(ChatPreferences.NODE);
        defaults.put(ChatPreferences.HOST, "localhost");
        defaults.putInt(ChatPreferences.PORT, ClientSettings.DEFAULT_PORT);
        defaults.put(ChatPreferences.NICKNAME, defaultNickname());
        defaults.putBoolean(ChatPreferences.AUTO_CONNECT, false);
        defaults.putBoolean(ChatPreferences.AUTO_RECONNECT, true);
        defaults.putBoolean(ChatPreferences.USE_TLS, false);
        defaults.put(IrcPreferences.PROTOCOL, IrcPreferences.CHATROOM);
        defaults.put(IrcPreferences.CHANNELS, "");
        defaults.put(IrcPreferences.SASL_USER, "");
        defaults.put(IrcPreferences.TLS_FINGERPRINT, "");
        defaults.putInt(ChatPreferences.HOSTING_TLS_PORT, 0);
        defaults.putInt(ChatPreferences.HOSTING_IRC_PORT, 0);
        defaults.putInt(ChatPreferences.HOSTING_IRC_TLS_PORT, 0);
        defaults.putBoolean(ChatPreferences.HOSTING_LOCAL_ONLY, false);
        defaults.putInt(ChatPreferences.HOSTING_PORT, ClientSettings.DEFAULT_PORT);
        defaults.putBoolean(ChatPreferences.LOG_ENABLED, false);
        defaults.putBoolean(ChatPreferences.KEEP_PRIVATES, true);
        defaults.putInt(ChatPreferences.SCROLLBACK, 100_000);
    }

    private static String defaultNickname() {
        String user = System.getProperty("user.name", "").replaceAll("[\\s/{}]", "");
        if (user.isEmpty()) {
            return "guest";
        }
        return user.length() > Validators.MAX_NICK ? user.substring(0, Validators.MAX_NICK) : user;
    }
}
