package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

/**
 * Found by using the product (issue 11, defect 3 again): the reader below the list kept the height of the first
 * selection, so a long message selected after a short row showed in one clipped line; at 400x300 the reader took the
 * whole view and hid the list. The tooltip, wrapped at 100 characters, was wrapped again by GTK at 70 into ragged
 * lines twice as many, running off the screen.
 */
class ReaderSizeTest {

    /** GTK's tooltip label wraps longer lines (its max-width-chars); ours must fit inside it. */
    private static final int GTK_TOOLTIP_CHARS = 70;

    private static String longText(String end) {
        return "begin " + "a long message to read in full ".repeat(100) + end;
    }

    @Test
    void aLongerSelectionAfterAShortOneGetsItsLines() {
        Feed.bridge().events(List.of(Feed.said("dora", "short row"), Feed.said("dora", longText("longEnd"))));
        Ui.awaitRow("longEnd");
        Table table = Ui.messages();
        StyledText reader = Ui.widget(StyledText.class, WidgetIds.READER);
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
        StyledText reader = Ui.widget(StyledText.class, WidgetIds.READER);
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
        Rectangle cell = table.getItem(Ui.lastRowContaining("tipEnd", 5)).getBounds(2);
        Event move = new Event();
        move.x = cell.x + 5;
        move.y = cell.y + cell.height / 2;
        table.notifyListeners(SWT.MouseMove, move);
        String tip = table.getToolTipText();
        assertTrue(tip != null && tip.replace("\n", " ").contains(text), "the tooltip has the whole message: " + tip);
        assertTrue(tip.lines().allMatch(line -> line.length() <= GTK_TOOLTIP_CHARS),
                "no line is long enough for GTK to break it again: " + tip.lines().mapToInt(String::length).max());
    }
}
