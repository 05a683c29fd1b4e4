package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.ui.internal.views.ShownLine;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Found by using the product: a message wider than the list ended in "..." on its one row, the rest only in the
 * tooltip and the reader. It now wraps onto as many lines as its column needs (up to 20), at the words, and again
 * when the column's width changes; a line of it selects and copies the whole message (a link broken over lines:
 * {@code LinkTest}).
 */
class WrapTest {

    @AfterEach
    void deselect() {
        Feed.deselect(Ui.messages());
    }

    private static String paragraph(String end) {
        StringBuilder text = new StringBuilder("begin");
        for (int i = 0; text.length() < 600; i++) {
            text.append(" word").append(i);
        }
        return text.append(' ').append(end).toString();
    }

    @Test
    void aLongMessageWrapsAtItsWordsOntoLinesThatFitItsColumn() {
        String text = paragraph("wrapEnd");
        Feed.bridge().events(List.of(Feed.said("carol", text)));
        Ui.awaitRow("wrapEnd");
        Table table = Ui.messages();
        List<TableItem> lines = lines(table, Ui.lastRowContaining("wrapEnd", 5));
        assertTrue(lines.size() >= 3, "600 characters take several lines: " + lines.stream().map(l -> l.getText(2))
                .toList() + " in a column " + table.getColumn(2).getWidth() + " pixels wide");
        assertEquals("carol", lines.get(0).getText(1), "the sender on the first line");
        assertTrue(!lines.get(0).getText(0).isEmpty(), "and the time");
        int at = 0; // where in the text the next line goes on
        int room = table.getColumn(2).getWidth();
        GC gc = new GC(table);
        try {
            for (int i = 0; i < lines.size(); i++) {
                TableItem line = lines.get(i);
                if (i > 0) {
                    assertEquals("", line.getText(0) + line.getText(1), "no time or sender on line " + i);
                }
                String piece = line.getText(2);
                gc.setFont(line.getFont(2));
                assertTrue(gc.textExtent(piece).x <= room - 4, "line " + i + " fits its column inside its padding: "
                        + piece);
                assertEquals(at, text.indexOf(piece, at), "line " + i + " goes on where line " + (i - 1) + " ended");
                at += piece.length();
                if (i < lines.size() - 1) {
                    assertEquals(' ', text.charAt(at), "line " + i + " breaks between words: '" + piece + "'");
                    at++;
                }
            }
        } finally {
            gc.dispose();
        }
        assertEquals(text.length(), at, "the lines are the message, all of it, in order");
    }

    @Test
    void aNarrowerListWrapsAgainAndStillShowsTheNewest() {
        String text = paragraph("narrowEnd");
        Feed.bridge().events(List.of(Feed.said("carol", text)));
        Ui.awaitRow("narrowEnd");
        Table table = Ui.messages();
        int wide = lines(table, Ui.lastRowContaining("narrowEnd", 5)).size();
        Shell shell = Ui.window().getShell();
        Point before = shell.getSize();
        try {
            shell.setSize(Math.max(500, before.x * 2 / 3), before.y);
            Ui.until("more lines in a narrower list", () -> lines(table, Ui.lastRowContaining("narrowEnd", 5))
                    .size() > wide, () -> lines(table, Ui.lastRowContaining("narrowEnd", 5)).size() + " lines, were "
                            + wide);
            Ui.until("the newest line in view", () -> Feed.newestVisible(table), () -> "top " + table.getTopIndex());
        } finally {
            shell.setSize(before);
        }
        Ui.until("as many lines as before at the width before",
                () -> lines(table, Ui.lastRowContaining("narrowEnd", 5)).size() == wide,
                () -> lines(table, Ui.lastRowContaining("narrowEnd", 5)).size() + " lines, were " + wide);
    }

    @Test
    void selectingOneLineSelectsAndReadsTheWholeMessage() {
        String text = paragraph("selectEnd");
        Feed.bridge().events(List.of(Feed.said("carol", text), Feed.said("dave", "after it")));
        Ui.awaitRow("after it");
        Table table = Ui.messages();
        int first = Ui.lastRowContaining("selectEnd", 5);
        int count = lines(table, first).size();
        Feed.select(table, first + 1);
        assertEquals(count, table.getSelectionCount(), "all the message's lines are selected");
        assertTrue(table.isSelected(first) && table.isSelected(first + count - 1), "from its first to its last");
        assertTrue(!table.isSelected(first + count), "and not the next message");
        StyledText reader = Ui.beside(table, StyledText.class, WidgetIds.READER);
        String read = reader.getText();
        assertTrue(read.endsWith("carol: " + text) && read.indexOf("carol: ") == read.lastIndexOf("carol: "),
                "the reader shows the message once, whole: " + read);
    }

    /** The items of the message starting at line {@code first}. */
    static List<TableItem> lines(Table table, int first) {
        List<TableItem> lines = new ArrayList<>();
        for (int i = first; i < table.getItemCount(); i++) {
            TableItem item = table.getItem(i);
            item.getText(); // fills a virtual item
            if (i > first && (!(item.getData() instanceof ShownLine line) || line.first())) {
                break;
            }
            lines.add(item);
        }
        return lines;
    }
}
