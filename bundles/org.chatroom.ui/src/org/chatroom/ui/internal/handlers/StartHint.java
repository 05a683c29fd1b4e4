package org.chatroom.ui.internal.handlers;

import java.util.List;

import org.chatroom.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.keys.IBindingService;

/** What a window that starts in no room says: the two ways into one, with their keys as the Chat menu shows them. */
public final class StartHint {

    private static final String HOST = "org.chatroom.ui.command.hostRoom";
    private static final String CONNECT = "org.chatroom.ui.command.connect";
    private static final String PREFERENCES = "org.eclipse.ui.window.preferences";

    private StartHint() {
    }

    /** The hint's lines, with the keys {@code keys} gives for this platform ("Shift+Ctrl+H" on GTK). */
    public static List<String> lines(IBindingService keys) {
        return List.of(NLS.bind(Messages.startHintHost, key(keys, HOST)),
                NLS.bind(Messages.startHintConnect, key(keys, CONNECT), key(keys, PREFERENCES)));
    }

    private static String key(IBindingService keys, String command) {
        String key = keys.getBestActiveBindingFormattedFor(command);
        return key == null || key.isEmpty() ? Messages.startHintMenu : key;
    }
}
