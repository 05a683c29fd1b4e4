package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.chatroom.testing.RawMember;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Typing a member's first letters in the member list selects them, with real key presses; {@code /names} says who is
 * in the room shown.
 */
class MemberListTest {

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void typingANamesFirstLettersSelectsIt() throws Exception {
        int port = Chat.host("hostess");
        try (RawMember carla = RawMember.join(port, "carla", Ui::until);
                RawMember carol = RawMember.join(port, "Carol", Ui::until);
                RawMember bob = RawMember.join(port, "bob", Ui::until)) {
            Ui.until("all listed", () -> Members.names().equals(List.of("bob", "carla", "Carol", "hostess")),
                    () -> Members.names().toString());
            Table table = Members.table();
            Rooms.focusWindow();
            table.setFocus();
            Ui.until("the focus in the member list", () -> Ui.display().getFocusControl() == table,
                    () -> String.valueOf(Ui.display().getFocusControl()));
            for (String key : List.of("c", "a", "r", "o")) {
                Pointer.press(key);
            }
            assertEquals("Carol", selected(table), "c-a-r-o: the first name starting so, in any case");
            Ui.spin(1100); // a pause of a second: the next letter starts a new name
            Pointer.press("b");
            assertEquals("bob", selected(table));
        }
    }

    private static String selected(Table table) {
        int index = table.getSelectionIndex();
        return index < 0 ? null : Members.names().get(index);
    }

    /** {@code /names} said nothing in the desktop (the list beside did not change): it says who is here. */
    @Test
    void namesSaysWhoIsInTheRoomShown() throws Exception {
        int port = Chat.host("hostess");
        try (RawMember bob = RawMember.join(port, "bob", Ui::until)) {
            Ui.until("bob listed", () -> Members.names().equals(List.of("bob", "hostess")),
                    () -> Members.names().toString());
            Ui.typeAndEnter("/names");
            Ui.awaitRow("In general (2): bob, hostess");
        }
    }
}
