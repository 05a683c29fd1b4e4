package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.ui.internal.views.LineBreaker;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

/**
 * Defect 3: a 3,000-character message (and a long error line) can be read in full; a row cut after the lines it may
 * take says so.
 */
class LongLineTest {

    private static String longText() {
        StringBuilder text = new StringBuilder("start ");
        for (int i = 0; text.length() < 2_990; i++) {
            text.append("word").append(i).append(' ');
        }
        return text.append("theEnd").toString();
    }

    @Test
    void aRowCutAfterItsLastLineEndsInAnEllipsis() {
        Feed.bridge().events(List.of(Feed.said("carol", "x".repeat(8_000))));
        Ui.awaitRow("xxxxxxxxxx");
        Table table = Ui.messages();
        int first = Ui.lastRowContaining("xxxxxxxxxx", 5);
        int last = first + LineBreaker.MAX_LINES - 1;
        assertEquals(table.getItemCount() - 1, last, "the row takes the lines it may take, no more");
        TableItem item = table.getItem(last);
        ImageData cell = Ui.pixels(table, Ui.settledCell(item, 2).intersection(table.getClientArea()));
        RGB background = cell.palette.getRGB(cell.getPixel(0, 0));
        int right = -1;
        for (int x = 0; x < cell.width; x++) {
            int ink = inkRows(cell, x, x, background);
            if (ink > 0 && ink < cell.height * 2 / 3) { // not GTK's overlay scrollbar, over the rows while they scroll
                right = x;
            }
        }
        assertTrue(right > cell.width / 2, "the text runs to the cell's end: " + right + " of " + cell.width);
        // an x is as tall as the font's x-height; the dots of an ellipsis sit on the baseline, a pixel or two tall
        assertTrue(inkRows(cell, right - 30, right - 20, background) >= 5, "the x's before the end");
        int end = inkRows(cell, right - 5, right, background);
        assertTrue(end <= 3, "the text ends in the dots of an ellipsis, not in a letter cut by the edge: " + end
                + " rows of ink in its last 6 columns");
    }

    /** How many rows of {@code image} have a pixel of ink (far from the background) between columns from and to. */
    private static int inkRows(ImageData image, int from, int to, RGB background) {
        int rows = 0;
        for (int y = 0; y < image.height; y++) {
            for (int x = Math.max(0, from); x <= to; x++) {
                if (Ui.distance(image.palette.getRGB(image.getPixel(x, y)), background) > 200) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }

    @Test
    void aLongMessageIsShownWholeInTheReader() {
        String text = longText();
        Feed.bridge().events(List.of(Feed.said("carol", text)));
        Ui.awaitRow("theEnd");
        Table table = Ui.messages();
        int row = Ui.lastRowContaining("theEnd", 5);
        Feed.select(table, row);
        StyledText reader = Ui.beside(table, StyledText.class, WidgetIds.READER);
        assertTrue(reader.isVisible(), "selecting a row shows the reader");
        assertTrue(reader.getText().endsWith("carol: " + text), "the reader shows the whole message: "
                + reader.getText().length());
        Rectangle area = reader.getClientArea();
        int endY = reader.getLocationAtOffset(reader.getCharCount()).y + reader.getTopPixel();
        assertTrue(endY > 10 * reader.getLineHeight(), "the message wraps onto many lines: " + endY);
        assertTrue(reader.getLocationAtOffset(reader.getCharCount()).x <= area.width, "no line runs off the side");
        assertTrue(reader.getBounds().height >= 3 * reader.getLineHeight(), "several lines are shown at once");
        Feed.deselect(table);
        assertTrue(!reader.isVisible(), "the reader goes when nothing is selected");
    }

    @Test
    void aLongErrorLineCanBeReadToo() {
        String reason = "the line was refused " + "because it is long ".repeat(40) + "lastWords";
        Feed.bridge().events(List.of(new ChatEvent(Kind.ERROR, Instant.now(), "", "", reason)));
        Ui.awaitRow("lastWords");
        Table table = Ui.messages();
        Feed.select(table, Ui.lastRowContaining("lastWords", 5));
        StyledText reader = Ui.beside(table, StyledText.class, WidgetIds.READER);
        assertTrue(reader.isVisible() && reader.getText().contains("lastWords"), reader.getText());
        Feed.deselect(table);
    }
}
