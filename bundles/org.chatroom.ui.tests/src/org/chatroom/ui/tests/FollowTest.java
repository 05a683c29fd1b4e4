package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.ui.internal.views.ViewTexts;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Defect 4: following the newest message (End, resizing, sending, the jump control). */
class FollowTest {

    private Point size;

    @BeforeEach
    void keepSize() {
        size = Ui.window().getShell().getSize();
    }

    @AfterEach
    void restore() throws Exception {
        Ui.window().getShell().setSize(size);
        Ui.spin(100);
        Chat.reset();
    }

    private static Table scrolledUp(String prefix) {
        Feed.messages("old", prefix, 300);
        Table table = Ui.messages();
        // the room may still add a line after them (this user's own join, live): all 300 are shown, not necessarily last
        Ui.until("300 messages", () -> Ui.lastRowContaining(prefix + 299, 50) >= 0, () -> Feed.lastText(table));
        // scrolled as the test does (the top index set, then a wheel event), the list still follows until the wheel:
        // rows broken again meanwhile (an earlier test's text size undone, in steps) put the newest in view again, as
        // they should while following; a user's own scrolling stops following at once. Scroll until it has stopped.
        Button jump = Ui.beside(table, Button.class, WidgetIds.JUMP);
        Ui.until("the list to stop following, scrolled up", () -> {
            if (jump.isVisible()) {
                return true;
            }
            Ui.scrollTo(table, table.getItemCount() - 250);
            return false;
        }, () -> "top " + table.getTopIndex() + " of " + table.getItemCount());
        return table;
    }

    /** In a narrow window the bar's words make room for its button: they ran under it (found by using the product). */
    @Test
    void theJumpBarsWordsStopBeforeItsButtonInANarrowWindow() {
        Shell shell = Ui.window().getShell();
        Point before = shell.getSize();
        try {
            shell.setSize(680, 600);
            Table table = scrolledUp("narrow ");
            Button jump = Ui.beside(table, Button.class, WidgetIds.JUMP);
            Label count = Ui.beside(table, Label.class, WidgetIds.JUMP_COUNT);
            Ui.until("the words before the button, the button whole in the bar", () -> count.getBounds().x
                    + count.getBounds().width <= jump.getBounds().x && jump.getBounds().x + jump.getBounds().width
                            <= jump.getParent().getClientArea().width, () -> "words " + count.getBounds()
                                    + ", button " + jump.getBounds() + " in " + jump.getParent().getClientArea());
            assertEquals(ViewTexts.readingOlderTip, count.getToolTipText(), "the whole sentence, where it is cut");
        } finally {
            shell.setSize(before);
            Ui.spin(100);
        }
    }

    @Test
    void endResumesFollowingAndTheJumpControlShowsWhileScrolledUp() {
        Table table = scrolledUp("end ");
        Button jump = Ui.beside(table, Button.class, WidgetIds.JUMP);
        Ui.until("the jump control while scrolled up", jump::isVisible, () -> "hidden");
        Feed.messages("new", "below ", 3);
        Ui.until("the 3 new messages", () -> "below 2".equals(Feed.lastText(table)), () -> Feed.lastText(table));
        assertFalse(Feed.newestVisible(table), "new rows do not pull the reader down");
        Label count = Ui.beside(table, Label.class, WidgetIds.JUMP_COUNT);
        Ui.until("the bar to count them in plain words", () -> count.getText().matches("\\d+ new messages below"),
                count::getText); // it said "3 new message(s) below" (found by using the product)

        Event end = new Event();
        end.keyCode = SWT.END;
        table.notifyListeners(SWT.KeyDown, end);
        Ui.until("End to show the newest row", () -> Feed.newestVisible(table), () -> "top " + table.getTopIndex());
        Ui.until("the jump control to go", () -> !jump.isVisible(), () -> "visible");
        Feed.messages("new", "followed ", 40);
        Ui.until("following again after End", () -> "followed 39".equals(Feed.lastText(table))
                && Feed.newestVisible(table), () -> "top " + table.getTopIndex());
    }

    @Test
    void theJumpControlJumpsToTheLatest() {
        Table table = scrolledUp("jump ");
        Button jump = Ui.beside(table, Button.class, WidgetIds.JUMP);
        Ui.until("the jump control", jump::isVisible, () -> "hidden");
        jump.notifyListeners(SWT.Selection, new Event());
        Ui.until("the newest row", () -> Feed.newestVisible(table), () -> "top " + table.getTopIndex());
        Ui.until("the jump control to go", () -> !jump.isVisible(), () -> "visible");
    }

    @Test
    void resizingKeepsTheNewestRowsInViewWhileFollowing() {
        Table table = Ui.messages();
        Feed.messages("old", "resize ", 300);
        Ui.until("300 messages, followed", () -> "resize 299".equals(Feed.lastText(table))
                && Feed.newestVisible(table), () -> "top " + table.getTopIndex());
        Shell shell = Ui.window().getShell();
        shell.setSize(size.x, Math.max(300, size.y / 2));
        Ui.until("the newest row after shrinking", () -> Feed.newestVisible(table), () -> "top " + table.getTopIndex());
        shell.setSize(size.x, size.y);
        Ui.until("the newest row after growing", () -> Feed.newestVisible(table), () -> "top " + table.getTopIndex());
        Ui.spin(200);
        assertTrue(Feed.newestVisible(table), "still at the newest row");
    }

    @Test
    void aLineSentWhileScrolledUpIsShown() throws Exception {
        Chat.host("scroller");
        Table table = scrolledUp("sent ");
        Ui.typeAndEnter("my line from above");
        Ui.awaitRow("my line from above");
        Ui.until("my line in view", () -> Feed.newestVisible(table), () -> "top " + table.getTopIndex());
    }
}
