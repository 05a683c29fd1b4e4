package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.handlers.StartHint;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A window that starts in no room (no auto-connect, no {@code -hostRoom}, as this test workbench starts) says how to
 * get into one, with the keys of this platform, in the first rows of its list; the rows go once a room is joined.
 */
class StartHintTest {

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void theHintNamesHostRoomAndConnectWithTheKeysTheMenuShows() throws Exception {
        Chat.reset(); // no room chosen yet, as at a first start
        List<String> lines = StartHint.lines(Ui.window().getService(IBindingService.class));
        assertEquals(List.of("Host Room... (Shift+Ctrl+H) starts a room on this computer for others to join.",
                "Connect (Shift+Ctrl+C) joins the room chosen in Preferences (Shift+Ctrl+P)."), lines,
                "the keys as GTK's Chat menu shows them");
        Table first = Rooms.firstTable();
        // the window's start showed them in its first tab, where they stay until a room is joined: when a test that
        // ran before this one joined one, they are gone, as the test below checks
        boolean inNoRoomYet = Rooms.index(first, "Joined the room") < 0
                && first.getItemCount() < ChatPreferences.integer(ChatPreferences.SCROLLBACK);
        if (inNoRoomYet) {
            Ui.until("the hint in the first tab", () -> Rooms.index(first, lines.get(1)) >= 0
                    && Rooms.index(first, lines.get(1)) == Rooms.index(first, lines.get(0)) + 1,
                    () -> Rooms.last(first, 5));
        }
    }

    /** A returning user is told where Connect goes and as whom, not sent to look it up in the preferences. */
    @Test
    void onceARoomWasChosenTheHintSaysWhereConnectGoesAndAsWhom() throws Exception {
        Chat.prefs().put(ChatPreferences.HOST, "127.0.0.2");
        Chat.prefs().putInt(ChatPreferences.PORT, 53999);
        Chat.prefs().put(ChatPreferences.NICKNAME, "dora");
        List<String> lines = StartHint.lines(Ui.window().getService(IBindingService.class));
        assertEquals(List.of("Host Room... (Shift+Ctrl+H) starts a room on this computer for others to join.",
                "Connect (Shift+Ctrl+C) connects to 127.0.0.2:53999 as dora, as set in Preferences (Shift+Ctrl+P)."),
                lines);
        assertEquals("[::1]:53000", StartHint.where("::1", 53000));
        assertEquals("a.example:6667, b.example:6667", StartHint.where("a.example:6667, b.example:6667", 6667),
                "several hosts with their ports, as given");
        Chat.prefs().put(ChatPreferences.NICKNAME, "no spaces allowed");
        assertEquals("Connect (Shift+Ctrl+C) joins the room chosen in Preferences (Shift+Ctrl+P).",
                StartHint.lines(Ui.window().getService(IBindingService.class)).get(1),
                "a name Connect would refuse: the preferences are where to look");
    }

    @Test
    void theHintGoesWhenARoomIsJoinedAndTheRowsAfterItStay() throws Exception {
        Ui.window().getService(IEventBroker.class).post(Topics.START_HINT, List.of("hint one", "hint two"));
        Table shown = Ui.messages();
        Ui.until("the hint in the tab shown", () -> Rooms.index(shown, "hint one") >= 0
                && Rooms.index(shown, "hint two") == Rooms.index(shown, "hint one") + 1, () -> Rooms.last(shown, 5));
        Rooms.host("ada");
        Rooms.awaitJoined(Rooms.DEFAULT);
        Table joined = Ui.messages(); // the tabs start afresh for the server joined
        assertEquals(-1, Rooms.index(joined, "hint one"), Rooms.last(joined, 8));
        assertEquals(-1, Rooms.index(joined, "hint two"), Rooms.last(joined, 8));
        Ui.awaitRow("You are hosting a room."); // posted after the hint, before the room was joined: kept
    }
}
