package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.ui.internal.app.MembersWidth;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.bridge.UnreadCount;
import org.chatroom.ui.internal.privates.PrivateChats;
import org.chatroom.ui.internal.theme.LookPreferences;
import org.chatroom.ui.internal.views.ShownLine;
import org.chatroom.ui.internal.views.ViewTexts;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tray;
import org.eclipse.swt.widgets.TrayItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unread state while the window is not focused: the marker line where the user left off, the count in the title,
 * notifications by preference; all cleared when the window is focused again.
 */
class UnreadTest {

    private Shell other;

    @BeforeEach
    void named() throws Exception {
        Chat.host("reader");
    }

    /** Each test starts with the user just back at the window: no absence of an earlier test carries over. */
    @BeforeEach
    void backAtTheWindow() {
        Shell elsewhere = new Shell(Ui.display());
        elsewhere.setSize(200, 100);
        elsewhere.open();
        focus(elsewhere);
        focus(Ui.window().getShell());
        elsewhere.dispose();
    }

    @AfterEach
    void focusBack() throws Exception {
        if (other != null) {
            other.dispose();
        }
        focus(Ui.window().getShell());
        Chat.reset();
    }

    /** Another window takes the focus, as when the user switches to another program. */
    private void away() {
        other = new Shell(Ui.display());
        other.setSize(200, 100);
        other.open();
        focus(other);
    }

    private static void focus(Shell shell) {
        shell.forceActive();
        Ui.until("the focus on " + shell.getText(), () -> Ui.display().getActiveShell() == shell,
                () -> String.valueOf(Ui.display().getActiveShell()));
        Ui.spin(100);
    }

    @Test
    void whileAwayTheMarkerAndTheCountShowAndFocusClearsTheCount() {
        Shell window = Ui.window().getShell();
        Chat.prefs().put(LookPreferences.NOTIFY, LookPreferences.NOTIFY_OFF);
        Feed.bridge().events(List.of(Feed.said("carol", "read before leaving")));
        Ui.awaitRow("read before leaving");
        away();
        // said 5 s ago (a slow room's delivery): the marker takes its time, not the time it was shown
        Feed.bridge().events(List.of(new ChatEvent(Kind.MESSAGE, Instant.now().minusSeconds(5), "carol", "",
                "first unread"), Feed.said("dave", "hey reader, look")));
        Ui.awaitRow("hey reader, look");
        Table table = Ui.messages();
        int first = Ui.lastRowContaining("first unread", 10);
        assertEquals(ViewTexts.newMessagesMarker, table.getItem(first - 1).getText(2),
                "the marker line stands where the user left off");
        assertEquals(table.getItem(first).getText(0), table.getItem(first - 1).getText(0),
                "the marker has the time of the row below it");
        Ui.until("the count in the title", () -> window.getText().startsWith("(2, 1 "), window::getText);
        assertTrue(notification() == null, "no notification when they are off");

        focus(window);
        Ui.until("the title without a count", () -> !window.getText().startsWith("("), window::getText);
        away();
        Feed.bridge().events(List.of(Feed.said("erin", "second time away")));
        Ui.awaitRow("second time away");
        int marker = Ui.lastRowContaining(ViewTexts.newMessagesMarker, 20);
        assertEquals(marker + 1, Ui.lastRowContaining("second time away", 10), "a new marker, before the new row");
        assertEquals(1, countRows(ViewTexts.newMessagesMarker), "one marker only: the older one is gone");
    }

    /**
     * Found by using the product: in a narrow list the marker wrapped between its words, its last rules on a line of
     * their own. A separator line keeps to one line, giving up its rules, two at a time, until it fits, and in a column
     * too narrow even for its label between two rules, cutting the label there (the tooltip has it whole).
     */
    @Test
    void inANarrowListTheMarkerKeepsToOneLineWithFewerRules() {
        Shell window = Ui.window().getShell();
        Point before = window.getSize();
        int membersBefore = MembersWidth.width(Ui.window());
        Chat.prefs().put(LookPreferences.NOTIFY, LookPreferences.NOTIFY_OFF);
        Table table = Ui.messages();
        try {
            window.setSize(420, before.y);
            Ui.until("a narrow message column", () -> table.getColumn(2).getWidth() < 260,
                    () -> table.getColumn(2).getWidth() + " pixels");
            away();
            Feed.bridge().events(List.of(Feed.said("carol", "said in a narrow list")));
            Ui.awaitRow("said in a narrow list");
            int row = Ui.lastRowContaining("said in a narrow list", 10);
            TableItem marker = table.getItem(row - 1);
            String shown = marker.getText(2); // fills the virtual item
            assertTrue(marker.getData() instanceof ShownLine line && line.first() && line.last()
                    && line.row().text().equals(ViewTexts.newMessagesMarker), "the marker takes one line: "
                            + marker.getData() + " above " + table.getItem(row).getText(2));
            assertTrue(wider(table, marker, ViewTexts.newMessagesMarker), "the whole marker is wider than its "
                    + "column (else this test shows nothing)");
            assertFalse(wider(table, marker, shown), "what it shows fits: " + shown);
            String label = ViewTexts.newMessagesMarker.replace("\u2500", "").strip();
            assertTrue(shown.matches("\u2500+ \\Q" + label + "\\E \u2500+") && shown.length() < ViewTexts
                    .newMessagesMarker.length(), "the label whole, between fewer rules: " + shown);

            MembersWidth.give(Ui.window(), 300); // a column too narrow for the label between rules
            Ui.until("a column narrower than the marker's label between rules", () -> wider(table, marker,
                    "\u2500 " + label + " \u2500"), () -> table.getColumn(2).getWidth() + " pixels");
            Ui.until("the label cut between one rule on each side, to fit", () -> {
                TableItem now = marker(table);
                String text = now.getText(2);
                return text.matches("\u2500 .+\u2026 \u2500") && label.startsWith(text.substring(2, text.length()
                        - 3)) && !wider(table, now, text);
            }, () -> marker(table).getText(2));
            assertTrue(((ShownLine) marker(table).getData()).cut(), "the tooltip gives it whole");
        } finally {
            window.setSize(before); // first: a width given in the narrow window would grow with it
            Ui.until("the window as it was", () -> window.getSize().equals(before), () -> "" + window.getSize());
            MembersWidth.give(Ui.window(), membersBefore);
            Ui.until("the member list as wide as it was", () -> Math.abs(MembersWidth.width(Ui.window())
                    - membersBefore) <= 1, () -> MembersWidth.width(Ui.window()) + ", was " + membersBefore);
        }
    }

    /** The line of the newest marker (rows wrap again as the column's width changes: their lines move). */
    private static TableItem marker(Table table) {
        TableItem item = table.getItem(Ui.lastRowContaining(ViewTexts.newMessagesMarker, 10));
        item.getText(); // fills a virtual item
        return item;
    }

    /** @return whether {@code text} in the font of the message cell of {@code item} is wider than its column */
    private static boolean wider(Table table, TableItem item, String text) {
        GC gc = new GC(table);
        try {
            gc.setFont(item.getFont(2));
            return gc.textExtent(text).x > table.getColumn(2).getWidth() - 4;
        } finally {
            gc.dispose();
        }
    }

    @Test
    void mentionsAndPrivateMessagesNotifyByDefaultButOrdinaryMessagesDoNot() {
        away();
        Feed.bridge().events(List.of(Feed.said("carol", "an ordinary line")));
        Ui.awaitRow("an ordinary line");
        Ui.spin(200);
        assertTrue(notification() == null, "no notification for an ordinary message by default");
        Feed.bridge().events(List.of(Feed.said("carol", "reader: lunch?")));
        Ui.until("a notification of the mention", () -> notification() != null
                && notification().getText().equals("reader: lunch?"), () -> String.valueOf(notification()));
        Feed.bridge().events(List.of(new ChatEvent(Kind.PRIVATE, Instant.now(), "carol", "reader", "psst")));
        Ui.until("a notification of the private message", () -> notification() != null
                && notification().getText().endsWith("psst"), () -> notification() + ", active shell "
                        + Ui.display().getActiveShell());

        Chat.prefs().put(LookPreferences.NOTIFY, LookPreferences.NOTIFY_ALL);
        Feed.bridge().events(List.of(Feed.said("dave", "anything at all")));
        Ui.until("a notification for every message", () -> notification() != null
                && notification().getText().equals("anything at all"), () -> String.valueOf(notification()));
        assertFalse(Ui.window().getShell().isFocusControl(), "the notification took no focus");
    }

    /**
     * A private message counts in its own conversation only: the room's tab counts nothing, the window's total and
     * the notification count it once, and the notification says once that it is private.
     */
    @Test
    void aPrivateMessageCountsInItsConversationOnlyAndItsNotificationSaysPrivateOnce() {
        Shell window = Ui.window().getShell();
        away();
        Feed.bridge().events(List.of(new ChatEvent(Kind.PRIVATE, Instant.now(), "quinn", "reader", "got a minute?")));
        Ui.until("the conversation with quinn", () -> PrivateChats.isOpen("quinn"), () -> "not open");
        Ui.until("a notification of the private message", () -> notification() != null
                && notification().getText().endsWith("got a minute?"), () -> String.valueOf(notification()));
        String said = String.join(" ", Arrays.stream(notification().getParent().getChildren())
                .map(child -> ((Label) child).getText()).toList());
        assertEquals(1, said.split("private", -1).length - 1, "'private' once in the notification: " + said);
        Ui.until("the total in the window title", () -> window.getText().startsWith("(1, 1 "), window::getText);
        assertTrue(Rooms.labels().stream().noneMatch(label -> label.endsWith(")")),
                "no count on a room's tab: " + Rooms.labels());
    }

    @Test
    void aMentionOrAPrivateMessageWhileAwaySetsTheUrgencyHintUntilTheWindowIsFocused() {
        Shell window = Ui.window().getShell();
        away();
        Feed.bridge().events(List.of(Feed.said("carol", "an ordinary line")));
        Ui.awaitRow("an ordinary line");
        Ui.spin(200);
        assertFalse(WmHints.urgent(window), "no urgency for an ordinary message: " + WmHints.read(window));
        Feed.bridge().events(List.of(Feed.said("carol", "reader: lunch?")));
        Ui.until("the urgency hint after a mention", () -> WmHints.urgent(window), () -> WmHints.read(window));

        focus(window);
        Ui.until("the urgency hint cleared by the focus", () -> !WmHints.urgent(window), () -> WmHints.read(window));
        away();
        Feed.bridge().events(List.of(new ChatEvent(Kind.PRIVATE, Instant.now(), "carol", "reader", "psst")));
        Ui.until("the urgency hint after a private message", () -> WmHints.urgent(window),
                () -> WmHints.read(window));

        focus(window);
        Ui.until("the urgency hint cleared again", () -> !WmHints.urgent(window), () -> WmHints.read(window));
        Chat.prefs().put(LookPreferences.NOTIFY, LookPreferences.NOTIFY_OFF);
        away();
        Feed.bridge().events(List.of(Feed.said("dave", "reader: are you there?")));
        Ui.awaitRow("reader: are you there?");
        Ui.spin(200);
        assertFalse(WmHints.urgent(window), "no urgency with notifications off: " + WmHints.read(window));
    }

    /**
     * During a flood the unread count changes with every batch: the tray's badge is drawn again only when what it
     * shows changes (the count up to 99, "99+", the mention colour); the tooltip always has the exact count.
     */
    @Test
    void theTrayBadgeIsDrawnAgainOnlyWhenWhatItShowsChanges() {
        IEventBroker broker = Ui.window().getService(IEventBroker.class);
        Tray tray = Ui.display().getSystemTray();
        assertNotNull(tray, "a system tray under GTK");
        try {
            broker.send(Topics.UNREAD, new UnreadCount(150, 0));
            TrayItem item = tray.getItem(0);
            Image many = item.getImage();
            broker.send(Topics.UNREAD, new UnreadCount(160, 0));
            assertSame(many, item.getImage(), "99+ either way: the same badge");
            assertTrue(item.getToolTipText().contains("160"), item.getToolTipText());
            broker.send(Topics.UNREAD, new UnreadCount(160, 1));
            assertNotSame(many, item.getImage(), "a mention colours the badge");
            Image mention = item.getImage();
            broker.send(Topics.UNREAD, new UnreadCount(5, 1));
            assertNotSame(mention, item.getImage(), "another count");
            assertEquals(1, tray.getItemCount());
        } finally {
            broker.send(Topics.UNREAD, UnreadCount.NONE);
        }
        assertEquals(0, tray.getItemCount(), "nothing unread: no tray icon");
    }

    private static Label notification() {
        for (Shell shell : Ui.display().getShells()) {
            if (WidgetIds.NOTIFICATION.equals(shell.getData(WidgetIds.KEY)) && !shell.isDisposed()) {
                for (Control child : shell.getChildren()) {
                    if (WidgetIds.NOTIFICATION_TEXT.equals(child.getData(WidgetIds.KEY))) {
                        return (Label) child;
                    }
                }
            }
        }
        return null;
    }

    private static int countRows(String text) {
        Table table = Ui.messages();
        int count = 0;
        for (int i = Math.max(0, table.getItemCount() - 500); i < table.getItemCount(); i++) {
            count += text.equals(table.getItem(i).getText(2)) ? 1 : 0;
        }
        return count;
    }
}
