package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.chatroom.ui.internal.theme.Palette;
import org.chatroom.ui.internal.views.LinkLauncher;
import org.chatroom.ui.internal.views.Links;
import org.chatroom.ui.internal.views.ShownLine;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Links in messages are found, drawn as links in the list and the reader and opened (the launcher records instead of
 * a browser).
 */
class LinkTest {

    private final List<String> opened = new CopyOnWriteArrayList<>();

    @BeforeEach
    void recordLaunches() {
        Feed.windowContext().set(LinkLauncher.class, url -> opened.add(url));
    }

    @AfterEach
    void systemLauncher() {
        Feed.windowContext().remove(LinkLauncher.class);
        Feed.deselect(Ui.messages());
    }

    @Test
    void linkRangesAreFound() {
        String text = "see https://example.org/a_(b)?q=1, and www.chat.test. or (http://x.test/y)";
        List<Links.Link> links = Links.find(text);
        assertEquals(3, links.size(), links.toString());
        assertEquals("https://example.org/a_(b)?q=1", text.substring(links.get(0).start(), links.get(0).end()));
        assertEquals("https://www.chat.test", links.get(1).url());
        assertEquals("http://x.test/y", links.get(2).url());
        assertEquals(null, Links.at(text, 2));
        assertEquals(links.get(0), Links.at(text, 10));
    }

    @Test
    void clickingALinkInTheReaderOpensIt() {
        Feed.bridge().events(List.of(Feed.said("carol", "the notes are at https://notes.example.org/day-1 today")));
        Ui.awaitRow("day-1 today");
        Table table = Ui.messages();
        Feed.select(table, Ui.lastRowContaining("day-1 today", 5));
        StyledText reader = Ui.beside(table, StyledText.class, WidgetIds.READER);
        int offset = reader.getText().indexOf("notes.example");
        StyleRange style = reader.getStyleRangeAtOffset(offset);
        assertTrue(style != null && style.underline && style.underlineStyle == SWT.UNDERLINE_LINK,
                "the link is underlined as a link");
        Feed.clickText(reader, offset);
        assertEquals(List.of("https://notes.example.org/day-1"), opened, "a click opens the link");

        opened.clear();
        Feed.choose(table.getMenu(), WidgetIds.OPEN_LINK);
        assertEquals(List.of("https://notes.example.org/day-1"), opened, "Open Link in the context menu");
    }

    @Test
    void aLinkInTheListIsUnderlinedInTheLinkColourAndOpensOnAClick() {
        String url = "https://list.example.org/page-2";
        Feed.bridge().events(List.of(Feed.said("carol", "read " + url + " before noon")));
        Ui.awaitRow("before noon");
        Table table = Ui.messages();
        TableItem item = table.getItem(Ui.lastRowContaining("before noon", 5));
        Ui.settledCell(item, 2);
        GC measure = new GC(table);
        measure.setFont(item.getFont(2));
        int prefix = measure.textExtent("read ").x;
        int linkWidth = measure.textExtent(url).x;
        measure.dispose();
        // where to point, read again before each use: rows arriving meanwhile move the row
        Supplier<Point> onLink = () -> at(item, prefix + linkWidth / 2);
        Supplier<Point> onWords = () -> at(item, 2);

        RGB link = new Palette(table.getForeground().getRGB(), table.getBackground().getRGB()).link();
        ImageData shot = Ui.pixels(table, item.getBounds(2));
        int dx = item.getTextBounds(2).x + prefix - item.getBounds(2).x;
        RGB words = table.getForeground().getRGB();
        int underline = underlineRow(shot, dx, linkWidth, link, words);
        assertTrue(underline >= 0, "a line of the link colour runs under the link");
        assertTrue(share(shot, underline, 0, dx, link, words) < 0.1, "the words before the link are not underlined");
        Feed.select(table, table.indexOf(item));
        Ui.spin(200);
        ImageData selected = Ui.pixels(table, item.getBounds(2));
        RGB selectionText = selected.palette.getRGB(selected.getPixel(dx + 1, underline)); // where the line starts
        assertTrue(underlineRow(selected, dx, linkWidth, selectionText, link) >= 0,
                "the link is still underlined in a selected row");
        RGB systemLink = table.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND).getRGB();
        assertEquals(0, Ui.pixelsOf(selected, link, 40) + Ui.pixelsOf(selected, systemLink, 40),
                "and drawn in the selection's text colour, not in a link colour on the selection's");
        Feed.deselect(table);

        move(table, onLink.get());
        assertEquals(table.getDisplay().getSystemCursor(SWT.CURSOR_HAND), table.getCursor(), "a hand over the link");
        move(table, onWords.get());
        assertEquals(null, table.getCursor(), "no hand over the other words");

        click(table, onWords.get(), 1);
        assertEquals(List.of(), opened, "a click beside the link opens nothing");
        click(table, onLink.get(), 1);
        assertEquals(List.of(url), opened, "a click on the link opens it");

        opened.clear();
        click(table, onLink.get(), 2);
        table.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(List.of(url), opened, "a double click on the link opens it once");
        opened.clear();
        Feed.select(table, table.indexOf(item));
        table.notifyListeners(SWT.KeyDown, new Event());
        table.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(List.of(url), opened, "Enter on the selected row opens its link");
    }

    @Test
    void aLinkNoProgramOpensIsSaidInTheList() {
        Feed.windowContext().set(LinkLauncher.class, url -> false); // a desktop with no browser set
        Feed.bridge().events(List.of(Feed.said("carol", "nobody opens https://nowhere.example.org/x here")));
        Ui.awaitRow("nowhere.example.org/x here");
        Table table = Ui.messages();
        Feed.select(table, Ui.lastRowContaining("nowhere.example.org/x here", 5));
        table.notifyListeners(SWT.DefaultSelection, new Event());
        Ui.awaitRow("Could not open https://nowhere.example.org/x: this desktop has no program set to open web links");
    }

    @Test
    void aLinkBrokenOverLinesOpensWholeFromItsSecondLine() {
        StringBuilder url = new StringBuilder("https://docs.example.org");
        for (int i = 0; url.length() < 300; i++) {
            url.append("/section-").append(i);
        }
        Feed.bridge().events(List.of(Feed.said("carol", "see " + url + " linkEnd")));
        Ui.awaitRow("linkEnd");
        Table table = Ui.messages();
        List<TableItem> lines = WrapTest.lines(table, Ui.lastRowContaining("linkEnd", 5));
        assertTrue(lines.size() >= 2, "a 300-character link takes more than one line: " + lines.size());
        TableItem second = lines.get(1);
        ShownLine line = (ShownLine) second.getData();
        List<Links.Link> links = line.links();
        assertEquals(1, links.size(), "the second line has a part of the link: " + second.getText(2));
        assertEquals(url.toString(), links.get(0).url(), "the whole link");
        assertEquals(0, links.get(0).start(), "the line starts inside it");
        table.showItem(second);
        Rectangle text = Ui.settledCell(second, 2);
        Point at = new Point(text.x + 12, text.y + text.height / 2);
        Ui.until("the line under the pointer", () -> table.getItem(at) == second, () -> "top " + table.getTopIndex());
        click(table, at, 1);
        assertEquals(List.of(url.toString()), opened, "a click on its second line opens the whole link");
    }

    /**
     * @return a row of the image where most pixels from {@code x} for {@code width} are of {@code colour}, or -1. An
     *         underline between two rows of pixels is blended with the background: a pixel nearer the colour than
     *         the background and the text's colour counts.
     */
    private static int underlineRow(ImageData image, int x, int width, RGB colour, RGB text) {
        for (int y = 0; y < image.height; y++) {
            if (share(image, y, x + 2, width - 4, colour, text) > 0.8) {
                return y;
            }
        }
        return -1;
    }

    private static double share(ImageData image, int y, int x, int width, RGB colour, RGB text) {
        RGB background = image.palette.getRGB(image.getPixel(0, 0)); // the cell's corner, before its text
        int near = 0;
        for (int i = x; i < x + width && i < image.width; i++) {
            RGB pixel = image.palette.getRGB(image.getPixel(i, y));
            int toColour = Ui.distance(pixel, colour);
            if (toColour < Ui.distance(pixel, background) && toColour < Ui.distance(pixel, text)) {
                near++;
            }
        }
        return width <= 0 ? 0 : (double) near / width;
    }


    /** The point {@code dx} into the text of the item's message cell, in the middle of its height. */
    private static Point at(TableItem item, int dx) {
        Rectangle text = item.getTextBounds(2);
        return new Point(text.x + dx, text.y + text.height / 2);
    }

    private static void move(Table table, Point at) {
        Event event = new Event();
        event.x = at.x;
        event.y = at.y;
        table.notifyListeners(SWT.MouseMove, event);
    }

    /** The press and release of a click, the {@code count}th of a multiple click. */
    private static void click(Table table, Point at, int count) {
        for (int n = 1; n <= count; n++) {
            for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
                Event event = new Event();
                event.button = 1;
                event.count = n;
                event.x = at.x;
                event.y = at.y;
                table.notifyListeners(type, event);
            }
        }
    }
}
