package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawMember;
import org.chatroom.ui.internal.privates.PrivateChats;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A room's message list offers, for the member who wrote the row selected, *Reply to NAME* (the message field takes
 * "NAME: " and the cursor) and *Private Conversation with NAME*; neither for this user's own rows nor for notices.
 */
class SenderMenuTest {

    @BeforeEach
    void atTheWindow() {
        Feed.closePrivates();
        Rooms.focusWindow();
    }

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void aRowOfAnotherMemberOffersReplyAndAPrivateConversationOwnRowsAndNoticesDoNot() throws Exception {
        int port = Rooms.host("ada"); // and the window focused again after the dialog
        try (RawMember bob = RawMember.join(port, "bob", Ui::until)) {
            bob.send("lunch at noon?");
            Ui.awaitRow("lunch at noon?");
            Ui.typeAndEnter("sounds good");
            Ui.awaitRow("sounds good");
            Table table = Ui.messages();
            Menu menu = table.getMenu();

            Feed.select(table, Ui.lastRowContaining("sounds good", 10));
            assertFalse(Feed.item(menu, WidgetIds.REPLY).isEnabled(), "no reply to my own row");
            assertFalse(Feed.item(menu, WidgetIds.MESSAGE_PRIVATE).isEnabled(), "no conversation with myself");
            Feed.select(table, Ui.lastRowContaining("Joined the room", 20));
            assertFalse(Feed.item(menu, WidgetIds.REPLY).isEnabled(), "no reply to a notice");

            Feed.select(table, Ui.lastRowContaining("lunch at noon?", 10));
            MenuItem reply = Feed.item(menu, WidgetIds.REPLY);
            assertTrue(reply.isEnabled());
            assertEquals("&Reply to bob", reply.getText());
            Text input = Ui.widget(Text.class, WidgetIds.INPUT);
            input.setText("see you there");
            reply.notifyListeners(SWT.Selection, new Event());
            assertEquals("bob: see you there", input.getText(), "the name before what was typed");
            Ui.until("the cursor in the message field", () -> Ui.display().getFocusControl() == input,
                    () -> String.valueOf(Ui.display().getFocusControl()));
            assertEquals(input.getText().length(), input.getCaretPosition(), "the cursor at the end");
            reply.notifyListeners(SWT.Selection, new Event());
            assertEquals("bob: see you there", input.getText(), "not twice");
            input.setText("");

            MenuItem talk = Feed.item(menu, WidgetIds.MESSAGE_PRIVATE);
            assertEquals("&Private Conversation with bob", talk.getText());
            talk.notifyListeners(SWT.Selection, new Event());
            Ui.until("the conversation with bob", () -> PrivateChats.isOpen("bob"), () -> "not open");
        }
    }
}
