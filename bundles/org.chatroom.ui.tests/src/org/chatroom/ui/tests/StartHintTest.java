package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

/**
 * A window that starts in no room (no auto-connect, no {@code -hostRoom}, as this test workbench starts) says how to
 * get into one, with the keys of this platform, in the first rows of its list.
 */
class StartHintTest {

    @Test
    void theFirstRowsSayHowToHostOrConnectWithTheKeys() {
        Table first = Rooms.firstTable();
        int capacity = ChatPreferences.integer(ChatPreferences.SCROLLBACK);
        // a list that was ever full has dropped its oldest rows, this one with them (the scrollback test fills it)
        assumeTrue(first.getItemCount() < capacity, "the list was full: its first rows were dropped");
        IBindingService keys = Ui.window().getService(IBindingService.class);
        String host = keys.getBestActiveBindingFormattedFor("org.chatroom.ui.command.hostRoom");
        String connect = keys.getBestActiveBindingFormattedFor("org.chatroom.ui.command.connect");
        String preferences = keys.getBestActiveBindingFormattedFor("org.eclipse.ui.window.preferences");
        assertEquals("Shift+Ctrl+H", host, "as the Chat menu shows it on GTK");
        String hosting = "Host Room... (" + host + ") starts a room on this computer";
        String connecting = "Connect (" + connect + ") joins the room chosen in Preferences (" + preferences + ").";
        Ui.until("the two ways in, with their keys, in the first tab", () -> Rooms.index(first, hosting) >= 0
                && Rooms.index(first, connecting) == Rooms.index(first, hosting) + 1, () -> Rooms.last(first, 5));
    }
}
