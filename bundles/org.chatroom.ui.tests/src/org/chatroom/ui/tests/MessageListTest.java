package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.Services;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ChatListener;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.views.RowFormatter;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The message list as the user sees it, fed through the real event bridge exactly as the chat client feeds it
 * (the bridge is the client's whiteboard listener).
 */
class MessageListTest {

    private ChatListener bridge;

    @BeforeEach
    void findBridge() {
        bridge = Services.require(ChatListener.class,
                "(component.name=org.chatroom.ui.internal.bridge.ChatEventBridge)");
    }

    @AfterEach
    void restoreScrollback() {
        InstanceScope.INSTANCE.getNode(ChatPreferences.NODE).remove(ChatPreferences.SCROLLBACK);
        Ui.spin(100);
    }

    @Test
    void messagesShowTimeSenderAndTextAndNoticesStandApart() {
        Instant at = LocalDate.now().atTime(10, 15, 30).atZone(ZoneId.systemDefault()).toInstant(); // today's
        bridge.events(List.of(new ChatEvent(Kind.MESSAGE, at, "carol", "", "lunch at noon?"),
                new ChatEvent(Kind.JOIN, at, "dave", "", ""),
                new ChatEvent(Kind.LEAVE, at, "dave", "", "")));
        Ui.awaitRow(NLS.bind(Messages.left, "dave"));
        Table table = Ui.messages();
        int message = Ui.lastRowContaining("lunch at noon?", 10);
        assertTrue(message >= 0, "the message is listed");
        assertEquals("carol", table.getItem(message).getText(1), "sender column");
        assertEquals("lunch at noon?", table.getItem(message).getText(2), "text column");
        assertTrue(table.getItem(message).getText(0).matches("\\d\\d:\\d\\d:30"), "local time with seconds");
        int join = Ui.lastRowContaining(NLS.bind(Messages.joined, "dave"), 10);
        assertTrue(join > message, "the join notice follows the message");
        assertTrue(italic(table, join), "join notices are set in italics");
        assertNotEquals(table.getItem(message).getForeground(), table.getItem(join).getForeground(),
                "notices have their own colour");
        assertTrue(!italic(table, message), "messages are not italic");
    }

    @Test
    void aRowOfAnotherDayShowsItsDayInATimeColumnWideEnoughForIt() {
        Instant lastWeek = Instant.now().minus(Duration.ofDays(7));
        Table table = Ui.messages();
        bridge.events(List.of(new ChatEvent(Kind.MESSAGE, lastWeek, "bob", "", "a week ago")));
        Ui.awaitRow("a week ago"); // today's 80 pixels hold none of the times below
        String time = table.getItem(Ui.lastRowContaining("a week ago", 5)).getText(0);
        assertEquals(RowFormatter.time(lastWeek, LocalDate.now()), time);
        GC gc = new GC(table);
        try {
            gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            for (String widest : RowFormatter.widestDayTimes()) {
                assertTrue(gc.textExtent(widest).x + 8 <= table.getColumn(0).getWidth(), "'" + widest
                        + "' fits the time column of " + table.getColumn(0).getWidth() + " pixels, in bold too");
            }
        } finally {
            gc.dispose();
        }
    }

    @Test
    void theSenderColumnGrowsWithTheLongestNameUpToALimit() {
        Table table = Ui.messages();
        String longer = "Bartholomew";
        bridge.events(List.of(new ChatEvent(Kind.MESSAGE, Instant.now(), longer, "", "a longer name")));
        Ui.awaitRow("a longer name");
        GC gc = new GC(table);
        try {
            gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            int needed = gc.textExtent(longer).x + 8;
            Ui.until("the sender column to fit " + longer + " (" + needed + " pixels)",
                    () -> table.getColumn(1).getWidth() >= needed, () -> table.getColumn(1).getWidth() + " pixels");
        } finally {
            gc.dispose();
        }
        bridge.events(List.of(new ChatEvent(Kind.MESSAGE, Instant.now(), "Maximilianus-Bartholomaeus-von-Habsburg",
                "", "a name too long for any column")));
        Ui.awaitRow("a name too long for any column");
        assertEquals(120, table.getColumn(1).getWidth(), "the column stops at 120 pixels (SenderColumn.MAX_WIDTH)");
        int columns = table.getColumn(0).getWidth() + table.getColumn(1).getWidth() + table.getColumn(2).getWidth();
        assertTrue(columns <= table.getClientArea().width, "the messages give the room back: columns " + columns
                + " of " + table.getClientArea().width + " pixels");
    }

    @Test
    void scrollbackIsBoundedAndTheNewestMessagesAreKept() {
        InstanceScope.INSTANCE.getNode(ChatPreferences.NODE).putInt(ChatPreferences.SCROLLBACK, 100_000);
        Table table = Ui.messages();
        Ui.scrollTo(table, Math.max(0, table.getItemCount() - 1)); // the user reads the newest messages
        Instant now = Instant.now();
        for (int batch = 0; batch < 120; batch++) {
            List<ChatEvent> events = new ArrayList<>(1000);
            for (int i = 0; i < 1000; i++) {
                events.add(new ChatEvent(Kind.MESSAGE, now, "flood", "", "m" + (batch * 1000 + i)));
            }
            bridge.events(events);
        }
        // in runs of at most batch.max (1,000) rows with painting between them, no longer in one: longer in all
        Ui.until("the last of 120,000 messages", Duration.ofSeconds(60), () -> "m119999".equals(lastText(table)),
                () -> lastText(table));
        assertEquals(100_000, table.getItemCount(), "at most 100,000 rows are kept");
        assertEquals("m20000", table.getItem(0).getText(2), "the oldest 20,000 were dropped");
        Ui.until("the list to follow new messages while the user is at the bottom",
                () -> table.getTopIndex() > 99_000, () -> "top index " + table.getTopIndex());
    }

    @Test
    void aFullListDropsItsOldestRowsAndTheSelectionKeepsItsMessage() {
        InstanceScope.INSTANCE.getNode(ChatPreferences.NODE).putInt(ChatPreferences.SCROLLBACK,
                ChatPreferences.MIN_SCROLLBACK);
        Table table = Ui.messages();
        Ui.until("the smaller scroll-back", () -> Ui.messageCount(table) <= ChatPreferences.MIN_SCROLLBACK,
                () -> Ui.messageCount(table) + " messages");
        Feed.messages("full", "full ", ChatPreferences.MIN_SCROLLBACK);
        Ui.until("a full list", () -> ("full " + (ChatPreferences.MIN_SCROLLBACK - 1)).equals(lastText(table)),
                () -> lastText(table));
        int chosen = Ui.lastRowContaining("full 900", 200);
        Feed.select(table, chosen);
        Feed.messages("more", "more ", 200);
        Ui.until("200 more", () -> "more 199".equals(lastText(table)), () -> lastText(table));
        assertEquals(ChatPreferences.MIN_SCROLLBACK, table.getItemCount(), "still full (of one-line messages)");
        assertEquals("full 200", table.getItem(0).getText(2), "the oldest 200 rows were dropped");
        assertEquals(1, table.getSelectionCount());
        assertEquals("full 900", table.getSelection()[0].getText(2), "the selected message is still the one selected");
    }

    @Test
    void readingOlderMessagesKeepsThePositionWhileNewOnesArrive() {
        Instant now = Instant.now();
        List<ChatEvent> first = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            first.add(new ChatEvent(Kind.MESSAGE, now, "old", "", "older " + i));
        }
        bridge.events(first);
        Table table = Ui.messages();
        Ui.until("300 older messages", () -> "older 299".equals(lastText(table)), () -> lastText(table));
        int top = table.getItemCount() - 250;
        Ui.scrollTo(table, top);
        String reading = table.getItem(table.getTopIndex()).getText(2);
        bridge.events(List.of(new ChatEvent(Kind.MESSAGE, now, "new", "", "newer one")));
        Ui.until("the new message", () -> "newer one".equals(lastText(table)), () -> lastText(table));
        assertEquals(reading, table.getItem(table.getTopIndex()).getText(2),
                "the row the user was reading is still at the top");
    }

    private static String lastText(Table table) {
        int count = table.getItemCount();
        return count == 0 ? "" : table.getItem(count - 1).getText(2);
    }

    private static boolean italic(Table table, int index) {
        return (table.getItem(index).getFont().getFontData()[0].getStyle() & SWT.ITALIC) != 0;
    }
}
