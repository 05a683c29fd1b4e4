package org.chatroom.ui.internal.views;

import java.util.Locale;
import java.util.function.Supplier;

import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.Preferences;

/**
 * What was typed in an input line and not sent, kept when the line goes (the window closes, a conversation's tab is
 * closed) or, in the rooms' line, shows another room, and given back when it comes again: it was lost on quit
 * without a word, and a line typed for one room stood in the next room's tab shown, ready to be said there. Kept in
 * the preferences' node {@value #NODE}, one key per line: {@link #room} for a room's, {@link #ROOM} while the rooms'
 * line shows no room, {@link #conversation} for a conversation's.
 */
public final class Drafts {

    /** The preferences' child node of the drafts. */
    public static final String NODE = "drafts";
    /** The key of the rooms' input line while it shows no room (before the first, or the server's tab). */
    public static final String ROOM = "room";

    private Drafts() {
    }

    /** The key of the conversation with {@code peer} (names compare without case). */
    public static String conversation(String peer) {
        return "private." + safe(peer);
    }

    /**
     * The key of the rooms' line in {@code room} on the server called {@code server} (as {@code KeptRooms.key} names
     * it; room names compare without case): {@link #ROOM} for no room.
     */
    public static String room(String server, String room) {
        return room.isEmpty() ? ROOM : ROOM + "." + safe(server) + "." + safe(room);
    }

    /**
     * A name in a key: lower case, and no {@code /}, which the preferences' file reads as a child node's path (a
     * member called {@code a/b} had the draft of a conversation kept in a node of its own).
     */
    private static String safe(String name) {
        return name.toLowerCase(Locale.ROOT).replace("%", "%25").replace("/", "%2F");
    }

    /**
     * Gives {@code text} the draft kept under {@code key} (when it is empty) and keeps its text when it goes, under
     * the key {@code key} gives then.
     */
    static void keep(Text text, Supplier<String> key) {
        String kept = node().get(key.get(), "");
        if (!kept.isEmpty() && text.getText().isEmpty()) {
            show(text, kept);
        }
        text.addListener(SWT.Dispose, e -> save(key.get(), text.getText()));
    }

    /**
     * Keeps what {@code text} holds under {@code from} and shows the draft kept under {@code to}. What was typed while
     * no room was shown ({@link #ROOM}) stays for the room shown next when it has no draft of its own: it was typed
     * before the first room came, for it.
     */
    static void switchTo(Text text, String from, String to) {
        String typed = text.getText();
        String kept = node().get(to, "");
        boolean forThisRoom = from.equals(ROOM) && kept.isEmpty();
        save(from, forThisRoom ? "" : typed);
        if (!forThisRoom) {
            show(text, kept);
        }
    }

    private static void show(Text text, String kept) {
        text.setText(kept);
        text.setSelection(kept.length());
    }

    private static void save(String key, String typed) {
        Preferences node = node();
        String kept = typed.isBlank() ? "" : typed;
        if (kept.equals(node.get(key, ""))) {
            return; // nothing to write (a switch of tabs with nothing typed)
        }
        if (kept.isEmpty()) {
            node.remove(key);
        } else {
            node.put(key, kept);
        }
        ChatPreferences.keep(node, Drafts.class, "the unsent text");
    }

    private static Preferences node() {
        return InstanceScope.INSTANCE.getNode(ChatPreferences.NODE).node(NODE);
    }
}
