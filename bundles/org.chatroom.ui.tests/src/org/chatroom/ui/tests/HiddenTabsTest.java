package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.testing.Services;
import org.chatroom.ui.internal.rooms.RoomTexts;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Found by using the product: with more rooms than the tab row shows, what was said in a hidden room, a mention of
 * the user included, showed nowhere but in the window's title; the chevron counts hidden tabs, not what is in them.
 */
class HiddenTabsTest {

    @BeforeEach
    void atTheWindow() {
        Rooms.focusWindow();
    }

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void whatIsUnreadInHiddenTabsIsToldBesideTheTabsAndAClickShowsIt() throws Exception {
        int port = Rooms.host("keeper");
        RoomTabsTest.connectAgainAsRemote(port);
        List<String> rooms = new ArrayList<>();
        for (int i = 0; rooms.isEmpty() || Rooms.tab(rooms.get(0)).isShowing(); i++) { // until the first is hidden
            assertTrue(i < 30, "the tabs overflow");
            rooms.add(Rooms.created("overflowing-tab-" + i));
            Ui.spin(50);
        }
        // a click on a tab never closes it: its close button shows only once it is shown
        assertFalse(Rooms.folder().getUnselectedCloseVisible(), "no close button on the tabs not shown");
        String hidden = rooms.get(0);
        Label told = Ui.widget(Label.class, WidgetIds.HIDDEN_UNREAD);
        assertFalse(told.getVisible(), "nothing unread is hidden yet");
        try (RoomsMember bob = RoomsMember.connect(port, "bob", "JOIN " + hidden)) {
            bob.send("MSG " + hidden + " one for " + Services.require(ChatClient.class, null).nickname());
            Ui.until("told beside the tabs", () -> told.getVisible()
                    && told.getText().equals(RoomTexts.format(RoomTexts.hiddenUnread, 1)), told::getText);
            assertEquals(SWT.BOLD, told.getFont().getFontData()[0].getStyle() & SWT.BOLD, "a mention, in bold");
            Event click = new Event();
            click.button = 1;
            told.notifyListeners(SWT.MouseUp, click);
            CTabItem shown = Rooms.folder().getSelection();
            assertNotNull(shown);
            assertTrue(shown.getText().startsWith(hidden), "the room shown: " + shown.getText());
            Ui.until("nothing unread hidden any more", () -> !told.getVisible(), told::getText);
        }
        for (String room : rooms) { // the rooms kept for this server stay as the other tests expect them
            Ui.typeAndEnter("/part " + room);
        }
        Ui.until("the rooms left", () -> Rooms.labels().size() == 1, () -> Rooms.labels().toString());
    }
}
