package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.api.client.ChatClient;
import org.chatroom.testing.Services;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * View > Next Room and Previous Room (Ctrl+Page Down, Ctrl+Page Up) and Alt+1 to Alt+9 show another room's tab from
 * the keyboard, as in browsers and IRC clients, with the cursor staying in the message field; the room shown is
 * where typing goes, and its unread count clears. Ctrl+W leaves the room shown and closes its tab. Real key presses:
 * the workbench binds the same keys to its own tabs, and only a real key shows which binding wins.
 */
class RoomSwitchTest {

    private static final String NEXT = "org.chatroom.ui.command.nextRoom";
    private static final String PREVIOUS = "org.chatroom.ui.command.previousRoom";

    @BeforeEach
    void atTheWindow() {
        Rooms.focusWindow();
    }

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
        Rooms.showDefault();
    }

    @Test
    void theKeysShowTheNextThePreviousAndTheNthRoomAndTheCursorStaysInTheField() throws Exception {
        int port = Rooms.host("ada");
        String two = Rooms.created("two");
        String three = Rooms.created("three");
        ChatClient client = Services.require(ChatClient.class, null);
        Ui.until("the newest room shown", () -> shown().equals(three) && three.equals(client.room()), this::state);
        Text input = Ui.widget(Text.class, WidgetIds.INPUT);
        input.setFocus();
        Ui.until("the cursor in the message field", () -> Ui.display().getFocusControl() == input, this::state);

        press("ctrl+Next", Rooms.DEFAULT, client); // after the last tab, the first
        press("ctrl+Next", two, client);
        press("ctrl+Prior", Rooms.DEFAULT, client);
        press("ctrl+Prior", three, client); // before the first, the last
        press("alt+1", Rooms.DEFAULT, client);
        press("alt+2", two, client);
        Pointer.press("alt+9"); // there is no ninth tab: nothing moves, so the next tab after it is three
        press("ctrl+Next", three, client);
        assertEquals(input, Ui.display().getFocusControl(), "the cursor stayed in the message field");

        try (RoomsMember bob = RoomsMember.connect(port, "bob", "JOIN " + two)) {
            bob.send("MSG " + two + " over here");
            Ui.until("the unread count on the tab of " + two, () -> Rooms.labels().contains(two + " (1)"),
                    this::state);
            press("ctrl+Prior", two, client);
            Ui.until("the count to clear once the room is shown", () -> Rooms.labels().contains(two), this::state);
        }

        Pointer.press("ctrl+w"); // leaves the room shown and closes its tab
        Ui.until("Ctrl+W to leave " + two + " and close its tab", () -> Rooms.tab(two) == null
                && !client.rooms().contains(two), this::state);
        assertEquals(2, Rooms.labels().size(), "the other rooms stay: " + Rooms.labels());
        assertTrue(Rooms.tab(Rooms.DEFAULT) != null && Rooms.tab(three) != null, Rooms.labels().toString());
    }

    /** With one tab, View > Next Room and Previous Room are not offered (they were, and did nothing). */
    @Test
    void nextAndPreviousRoomAreOfferedWhenThereIsAnotherTab() throws Exception {
        Rooms.host("ada"); // another server: its rooms start in one tab
        Ui.until("one tab", () -> Rooms.labels().size() == 1, () -> Rooms.labels().toString());
        assertFalse(Ui.enabled(NEXT), "Next Room with one tab");
        assertFalse(Ui.enabled(PREVIOUS), "Previous Room with one tab");
        Rooms.created("two");
        assertTrue(Ui.enabled(NEXT), "Next Room with two tabs");
        assertTrue(Ui.enabled(PREVIOUS), "Previous Room with two tabs");
    }

    /** Presses {@code keys} and waits until {@code room} is shown and typing goes there. */
    private void press(String keys, String room, ChatClient client) {
        Pointer.press(keys);
        Ui.until(keys + " to show " + room, () -> shown().equals(room) && room.equals(client.room()), this::state);
    }

    private static String shown() {
        String label = Rooms.folder().getSelection().getText();
        int count = label.indexOf(" (");
        return count < 0 ? label : label.substring(0, count);
    }

    private String state() {
        return "shown " + Rooms.folder().getSelection().getText() + " of " + Rooms.labels() + ", the client in "
                + Services.require(ChatClient.class, null).room() + ", the focus on " + Ui.display().getFocusControl();
    }
}
