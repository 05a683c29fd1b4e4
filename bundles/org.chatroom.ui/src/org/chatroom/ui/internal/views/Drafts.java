package org.chatroom.ui.internal.views;

import java.util.Locale;

import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.Preferences;

/**
 * What was typed in an input line and not sent, kept when the line goes (the window closes, a conversation's tab is
 * closed) and given back when it comes again: it was lost on quit without a word. Kept in the preferences' node
 * {@value #NODE}, one key per line: {@link #ROOM} for the rooms' line, {@link #conversation} for a conversation's.
 */
public final class Drafts {

    /** The preferences' child node of the drafts. */
    public static final String NODE = "drafts";
    /** The key of the rooms' input line. */
    public static final String ROOM = "room";

    private Drafts() {
    }

    /** The key of the conversation with {@code peer} (names compare without case). */
    public static String conversation(String peer) {
        return "private." + peer.toLowerCase(Locale.ROOT);
    }

    /** Gives {@code text} the draft kept under {@code key} (when it is empty) and keeps its text when it goes. */
    static void keep(Text text, String key) {
        String kept = node().get(key, "");
        if (!kept.isEmpty() && text.getText().isEmpty()) {
            text.setText(kept);
            text.setSelection(kept.length());
        }
        text.addListener(SWT.Dispose, e -> save(key, text.getText()));
    }

    private static void save(String key, String typed) {
        Preferences node = node();
        if (typed.isBlank()) {
            node.remove(key);
        } else {
            node.put(key, typed);
        }
        ChatPreferences.keep(node, Drafts.class, "the unsent text");
    }

    private static Preferences node() {
        return InstanceScope.INSTANCE.getNode(ChatPreferences.NODE).node(NODE);
    }
}
