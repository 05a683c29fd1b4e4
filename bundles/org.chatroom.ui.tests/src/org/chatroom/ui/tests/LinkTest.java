package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.chatroom.ui.internal.views.LinkLauncher;
import org.chatroom.ui.internal.views.Links;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Links in messages are found, underlined in the reader and opened (the launcher records instead of a browser). */
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
        StyledText reader = Ui.widget(StyledText.class, WidgetIds.READER);
        int offset = reader.getText().indexOf("notes.example");
        StyleRange style = reader.getStyleRangeAtOffset(offset);
        assertTrue(style != null && style.underline && style.underlineStyle == SWT.UNDERLINE_LINK,
                "the link is underlined as a link");
        Point at = reader.getLocationAtOffset(offset);
        Event click = new Event();
        click.button = 1;
        click.x = at.x + 2;
        click.y = at.y + reader.getLineHeight() / 2;
        reader.notifyListeners(SWT.MouseUp, click);
        assertEquals(List.of("https://notes.example.org/day-1"), opened, "a click opens the link");

        opened.clear();
        Feed.choose(table.getMenu(), WidgetIds.OPEN_LINK);
        assertEquals(List.of("https://notes.example.org/day-1"), opened, "Open Link in the context menu");
    }
}
