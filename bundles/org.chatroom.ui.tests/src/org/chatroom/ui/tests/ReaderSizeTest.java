package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

/**
 * Found by using the product (issue 11, defect 3 again): the reader below the list kept the height of the first
 * selection, so a long message selected after a short row showed in one clipped line; at 400x300 the reader took the
 * whole view and hid the list. The tooltip, wrapped at 100 characters, was wrapped again by GTK at 70 into ragged
 * lines twice as many, and a 3,500-character message ran off the bottom of the screen (GTK does not move a tall
 * tooltip above the pointer): it now shows 20 lines and says that the reader has the rest.
 */
class ReaderSizeTest {

    /** GTK's tooltip label wraps longer lines (its max-width-chars); ours must fit inside it. */
    private static final int GTK_TOOLTIP_CHARS = 70;
    /** A small screen's height in pixels: half of it is what a tooltip below the pointer may take. */
    private static final int SCREEN_768 = 768;

    private static String longText(String end) {
        return "begin " + "a long message to read in full ".repeat(100) + end;
    }

    @Test
    void aLongerSelectionAfterAShortOneGetsItsLines() {
        Feed.bridge().events(List.of(Feed.said("dora", "short row"), Feed.said("dora", longText("longEnd"))));
        Ui.awaitRow("longEnd");
        Table table = Ui.messages();
        StyledText reader = Ui.beside(table, StyledText.class, WidgetIds.READER);
        try {
            Feed.select(table, Ui.lastRowContaining("short row", 5));
            Ui.until("the reader to show the short row", () -> reader.isVisible(), reader::getText);
            Feed.select(table, Ui.lastRowContaining("longEnd", 5));
            Ui.until("the reader to grow for the long row", () -> reader.getSize().y >= 4 * reader.getLineHeight(),
                    () -> "reader " + reader.getSize() + ", line height " + reader.getLineHeight());
        } finally {
            Feed.deselect(table);
        }
    }

    @Test
    void theListStaysInSightBesideTheReaderInASmallWindow() {
        Feed.bridge().events(List.of(Feed.said("dora", longText("smallEnd"))));
        Ui.awaitRow("smallEnd");
        Shell shell = Ui.window().getShell();
        Point before = shell.getSize();
        Table table = Ui.messages();
        StyledText reader = Ui.beside(table, StyledText.class, WidgetIds.READER);
        try {
            Feed.select(table, Ui.lastRowContaining("smallEnd", 5));
            Ui.until("the reader to show", () -> reader.isVisible(), reader::getText);
            Point small = new Point(400, 300);
            shell.setSize(small);
            Ui.until("the window at 400x300", () -> shell.getSize().equals(small), () -> "" + shell.getSize());
            Ui.until("the list to keep more room than the reader", () -> table.getParent().getSize().y > reader
                    .getSize().y && reader.getSize().y > 0, () -> "list " + table.getParent().getSize() + ", reader "
                            + reader.getSize());
        } finally {
            Feed.deselect(table);
            shell.setSize(before);
            Ui.spin(100);
        }
    }

    @Test
    void theTooltipLinesFitGtksTooltip() {
        String text = longText("tipEnd");
        Feed.bridge().events(List.of(Feed.said("dora", text)));
        Ui.awaitRow("tipEnd");
        Table table = Ui.messages();
        String tip = tooltipOver(table, "tipEnd");
        assertTrue(tip != null && tip.replace("\n", " ").contains(text.substring(0, 600)), "the message's start: "
                + tip);
        assertTrue(tip.lines().allMatch(line -> line.length() <= GTK_TOOLTIP_CHARS),
                "no line is long enough for GTK to break it again: " + tip.lines().mapToInt(String::length).max());
        GC gc = new GC(table);
        int lineHeight = gc.getFontMetrics().getHeight();
        gc.dispose();
        int height = (int) tip.lines().count() * lineHeight;
        assertTrue(height <= SCREEN_768 / 2, "the tooltip fits below the pointer on a 768-pixel screen: "
                + tip.lines().count() + " lines");
        assertTrue(tip.strip().endsWith(")") && !tip.replace("\n", " ").contains(text),
                "a cut tooltip says where the rest is: " + tip.lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void aMessageItsLinesShowWholeHasNoTooltip() {
        String text = "begin " + "a medium message ".repeat(20) + "midEnd";
        Feed.bridge().events(List.of(Feed.said("dora", text)));
        Ui.awaitRow("midEnd");
        assertEquals(null, tooltipOver(Ui.messages(), "midEnd"), "the list shows it all");
    }

    /**
     * The table's tooltip once the pointer left the table and then moved over the newest row containing
     * {@code text}, scrolled into view first (GTK scrolls when idle: until then the point may hit another row).
     */
    private static String tooltipOver(Table table, String text) {
        TableItem item = table.getItem(Ui.lastRowContaining(text, 5));
        table.showItem(item);
        Event move = new Event();
        Ui.until("the row under the pointer", () -> {
            Rectangle cell = item.getBounds(2);
            move.x = cell.x + 5;
            move.y = cell.y + cell.height / 2;
            return table.getItem(new Point(move.x, move.y)) == item;
        }, () -> "top " + table.getTopIndex());
        table.notifyListeners(SWT.MouseExit, new Event());
        table.notifyListeners(SWT.MouseMove, move);
        return table.getToolTipText();
    }
}
