package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.chatroom.ui.internal.bridge.UnreadCount;
import org.chatroom.ui.internal.notify.UnreadTitle;
import org.chatroom.ui.internal.theme.Palette;
import org.chatroom.ui.internal.views.MessageRow;
import org.chatroom.ui.internal.views.MessageRow.Style;
import org.chatroom.ui.internal.views.Scrollback;
import org.chatroom.ui.internal.views.TimeMerge;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

/** The logic behind the message list's colours, unread title and marker bookkeeping. */
class ViewLogicTest {

    @Test
    void everyStyleReadsOnDarkLightAndOddBackgrounds() {
        RGB[][] schemes = { { new RGB(0, 0, 0), new RGB(255, 255, 255) }, { new RGB(238, 238, 236),
                new RGB(53, 53, 53) }, { new RGB(20, 20, 20), new RGB(250, 240, 200) },
                { new RGB(60, 60, 200), new RGB(200, 200, 255) } };
        for (RGB[] scheme : schemes) {
            Palette palette = new Palette(scheme[0], scheme[1]);
            for (Style style : Style.values()) {
                RGB background = palette.background(style) == null ? scheme[1] : palette.background(style);
                double contrast = Palette.contrast(palette.foreground(style), background);
                assertTrue(contrast >= Palette.READABLE, style + " on " + background + ": " + contrast);
            }
        }
        assertTrue(new Palette(new RGB(238, 238, 236), new RGB(53, 53, 53)).dark(), "light text is a dark theme");
    }

    @Test
    void theTitleCarriesTheCountInFrontAndLosesIt() {
        assertEquals("(3) Chatroom", UnreadTitle.of("Chatroom", new UnreadCount(3, 0)));
        assertEquals("(4, 1 for you) Chatroom - room", UnreadTitle.of("(3) Chatroom - room",
                new UnreadCount(4, 1)));
        assertEquals("Chatroom", UnreadTitle.of("(4, 1 for you) Chatroom", UnreadCount.NONE));
        assertEquals("(x) Chatroom", UnreadTitle.of("(x) Chatroom", UnreadCount.NONE), "only our own count goes");
    }

    @Test
    void scrollbackFindsRowsBySerialAndRemovesOne() {
        Scrollback rows = new Scrollback(4);
        rows.addAll(List.of(row("a"), row("b"), row("c")));
        long serial = rows.appended();
        rows.addAll(List.of(row("marker"), row("d")));
        assertEquals(2, rows.indexOf(serial), "a dropped, marker at 2");
        rows.remove(rows.indexOf(serial));
        assertEquals(List.of("b", "c", "d"), List.of(rows.get(0).text(), rows.get(1).text(), rows.get(2).text()));
        rows.addAll(List.of(row("e"), row("f")));
        assertEquals(-1, rows.indexOf(0), "the first row was dropped long ago");
        assertEquals("f", rows.get(rows.indexOf(rows.appended() - 1)).text());
    }

    /** The newest rows taken out and appended again behind others: rows before them keep their serials. */
    @Test
    void scrollbackTakesTheNewestRowsOutToPutOthersBeforeThem() {
        Scrollback rows = new Scrollback(4);
        rows.addAll(List.of(row("a"), row("b"), row("c"), row("d"), row("e")));
        long b = rows.appended() - 4;
        assertEquals(List.of("d", "e"), rows.takeLast(2).stream().map(MessageRow::text).toList());
        assertEquals(2, rows.size());
        rows.addAll(List.of(row("x"), row("d"), row("e")));
        assertEquals(List.of("c", "x", "d", "e"), List.of(rows.get(0).text(), rows.get(1).text(),
                rows.get(2).text(), rows.get(3).text()), "the oldest dropped for room, the rest in the new order");
        assertEquals(-1, rows.indexOf(b), "b dropped");
        assertEquals("c", rows.get(rows.indexOf(b + 1)).text(), "c keeps its serial");
        assertEquals("e", rows.get(rows.indexOf(rows.appended() - 1)).text());
        assertEquals(4, rows.takeLast(9).size(), "no more than there are");
        assertEquals(0, rows.size());
    }

    private static MessageRow row(String text) {
        return new MessageRow("", "", text, Style.NORMAL);
    }

    /**
     * What a resume brings goes among the lines the client showed meanwhile by time: put as a block before them all,
     * "root joined" (10:53:41) stood above "The room stopped." (10:53:30) because the first missed event came before.
     */
    @Test
    void missedRowsGoAmongTheRowsShownMeanwhileByTime() {
        Instant base = Instant.parse("2026-12-07T10:53:00Z");
        MessageRow marker = new MessageRow("10:53:41", "", "2 messages while you were away", Style.MARKER);
        MessageRow left = at(base, 29, "root left the chat");
        MessageRow joined = at(base, 41, "root joined the chat");
        MessageRow stopped = at(base, 30, "The room stopped. Reconnecting in 1 s.");
        MessageRow retry = at(base, 33, "Reconnecting in 2 s.");
        MessageRow connected = at(base, 40, "Connected as bob.");
        assertEquals(List.of(marker, left, stopped, retry, connected, joined),
                TimeMerge.merge(List.of(marker, left, joined), List.of(stopped, retry, connected)));
        assertEquals(List.of(stopped, retry, connected),
                TimeMerge.merge(List.of(), List.of(stopped, retry, connected)));
        assertEquals(List.of(left, joined), TimeMerge.merge(List.of(left, joined), List.of()));
    }

    private static MessageRow at(Instant base, int second, String text) {
        return new MessageRow("10:53:" + second, "", text, Style.NOTICE, base.plusSeconds(second));
    }
}
