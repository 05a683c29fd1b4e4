package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.ui.internal.rooms.RoomTexts;
import org.chatroom.ui.internal.rooms.RoomTimeline;
import org.chatroom.ui.internal.rooms.RoomTimeline.Placement;
import org.chatroom.ui.internal.rooms.RoomTimeline.Request;
import org.junit.jupiter.api.Test;

/** Where a room's events go in its tab, by their sequence numbers (no SWT). */
class RoomTimelineTest {

    private static ChatEvent said(long seq, boolean history, String text) {
        return new ChatEvent(Kind.MESSAGE, Instant.now(), "bob", "", text, "ops", seq, history);
    }

    private static ChatEvent roomNotice(String text) {
        return new ChatEvent(Kind.NOTICE, Instant.now(), "", "", text, "ops", 0, false);
    }

    /** The lines of a batch in the order they are shown: what was missed, then the rest. */
    private static List<String> texts(Placement placement) {
        return Stream.concat(placement.missed().stream(), placement.below().stream()).map(l -> l.event() == null
                ? l.text() : (l.history() ? "h:" : "") + l.event().text()).toList();
    }

    @Test
    void historyOnJoiningIsMarkedAndEndsWithASeparator() {
        RoomTimeline timeline = new RoomTimeline();
        Placement first = timeline.place(List.of(said(4, true, "a"), said(5, true, "b"), roomNotice("Joined"),
                said(6, false, "c")));
        assertEquals(List.of("h:a", "h:b", RoomTexts.historyEnd, "Joined", "c"), texts(first));
    }

    /**
     * A tab that shows only this client's lines ("Connected as ada.") gets the join's history above them, whole
     * once live events begin, however many batches it came in: below them the times went back.
     */
    @Test
    void historyOnJoiningATabWithoutRoomRowsGoesAboveThemWholeOnceLiveEventsBegin() {
        RoomTimeline timeline = new RoomTimeline();
        timeline.historyAbove(true);
        Placement first = timeline.place(List.of(said(4, true, "a")));
        assertEquals(List.of(), texts(first), "held");
        assertEquals(List.of(), first.joinHistory());
        assertFalse(timeline.ready(), "still joining");
        Placement second = timeline.place(List.of(said(5, true, "b"), roomNotice("Joined"), said(6, false, "c")));
        assertEquals(List.of("Joined", "c"), texts(second), "the separator goes with the history, above");
        assertEquals(List.of("a", "b"), second.joinHistory().stream().map(ChatEvent::text).toList());
        assertTrue(timeline.ready());
        timeline.historyAbove(false); // the tab shows the room's rows now
        Placement later = timeline.place(List.of(said(7, false, "d")));
        assertEquals(List.of("d"), texts(later));
        assertEquals(List.of(), later.joinHistory(), "given once");
    }

    /**
     * At a start, what the join's history holds after the event the user had read last before quitting is what they
     * missed: behind the counted marker, not dimmed (it came back dimmed among what had been read, the same as it).
     */
    @Test
    void aFirstJoinShowsWhatCameAfterWhatTheUserHadReadAsMissed() {
        RoomTimeline timeline = new RoomTimeline();
        timeline.historyAbove(true); // a tab showing "Connected as ada." only, as at a start
        timeline.readUpTo(5);
        Placement first = timeline.place(List.of(said(4, true, "a"), said(5, true, "b"), said(6, true, "c")));
        assertEquals(List.of(), texts(first), "held until the join is complete");
        Placement done = timeline.place(List.of(said(7, true, "d"), roomNotice("Joined"), said(8, false, "e")));
        assertEquals(List.of("a", "b"), done.joinHistory().stream().map(ChatEvent::text).toList(), "read: above");
        assertEquals(List.of(RoomTexts.format(RoomTexts.awayMarker, 2), "c", "d", "Joined", "e"), texts(done),
                "missed, then live");

        RoomTimeline unread = new RoomTimeline();
        unread.historyAbove(true);
        unread.readUpTo(9); // everything had been read: history as ever, no marker
        Placement all = unread.place(List.of(said(8, true, "x"), said(9, true, "y"), roomNotice("Joined")));
        assertEquals(List.of("x", "y"), all.joinHistory().stream().map(ChatEvent::text).toList());
        assertEquals(List.of("Joined"), texts(all));

        RoomTimeline none = new RoomTimeline();
        none.historyAbove(true);
        none.readUpTo(1); // more was said since than the history holds: all of it missed, no separator
        Placement missed = none.place(List.of(said(8, true, "x"), said(9, true, "y"), roomNotice("Joined")));
        assertEquals(List.of(), missed.joinHistory());
        assertEquals(List.of(RoomTexts.format(RoomTexts.awayMarker, 2), "x", "y", "Joined"), texts(missed));
        Placement resumed = none.place(List.of(said(9, true, "y"), said(10, true, "z"), roomNotice("Back")));
        assertEquals(List.of(RoomTexts.format(RoomTexts.awayMarker, 1), "z", "Back"), texts(resumed),
                "a resume later goes by what the tab shows");
    }

    @Test
    void aResumeHoldsTheMissedEventsUntilCompleteThenShowsThemBehindACountedMarker() {
        RoomTimeline timeline = new RoomTimeline();
        timeline.place(List.of(said(4, true, "a"), roomNotice("Joined"), said(5, false, "b")));
        Placement held = timeline.place(List.of(said(5, true, "b"), said(6, true, "c")));
        assertEquals(List.of(), texts(held), "held until the room says the resume is complete");
        Placement done = timeline.place(List.of(said(7, true, "d"), roomNotice("Back in ops")));
        assertEquals(List.of(RoomTexts.format(RoomTexts.awayMarker, 2), "c", "d", "Back in ops"), texts(done),
                "each missed event once, in order, not dimmed");
        assertEquals(3, done.missed().size(), "apart, for the tab to put in time order: the marker, c and d");
    }

    /**
     * After the client's notice that the room is another by the same name ({@link ChatEvent#RENUMBERED}), its
     * history, numbered from 1 again, shows below as on a first join: it was taken as shown already and dropped.
     */
    @Test
    void aRoomNumberedAfreshShowsItsHistoryBelowAsOnAFirstJoin() {
        RoomTimeline timeline = new RoomTimeline();
        timeline.place(List.of(said(40, true, "old"), roomNotice("Joined"), said(41, false, "old live")));
        Placement anew = timeline.place(List.of(new ChatEvent(Kind.NOTICE, Instant.now(), "", "", "not the one",
                "ops", ChatEvent.RENUMBERED, false), said(1, true, "new a"), said(2, true, "new b"),
                roomNotice("Joined"), said(3, false, "new live")));
        assertEquals(List.of("not the one", "h:new a", "h:new b", RoomTexts.historyEnd, "Joined", "new live"),
                texts(anew));
        assertTrue(timeline.ready());
        assertFalse(timeline.canAskOlder(), "the new room begins at 1: nothing older");
    }

    @Test
    void olderPagesGoAboveAndAnEmptyPageMeansTheBeginning() {
        RoomTimeline timeline = new RoomTimeline();
        timeline.place(List.of(said(50, true, "x"), roomNotice("Joined")));
        assertTrue(timeline.canAskOlder());
        timeline.asked(Request.PAGE);
        assertFalse(timeline.canAskOlder(), "one request at a time");
        Placement page = timeline.place(List.of(said(48, true, "m"), said(49, true, "n"), roomNotice("2 older")));
        assertEquals(List.of("m", "n"), page.above().stream().map(ChatEvent::text).toList());
        assertEquals(List.of(), texts(page), "the end of the page is not shown");
        assertEquals(Request.PAGE, page.ended());
        timeline.asked(Request.PAGE);
        timeline.place(List.of(roomNotice("No older events")));
        assertFalse(timeline.canAskOlder(), "nothing is older");
    }

    @Test
    void aPageSpanningBatchesGoesAboveInOnePieceInOrder() {
        RoomTimeline timeline = new RoomTimeline();
        timeline.place(List.of(said(50, true, "x"), roomNotice("Joined")));
        timeline.asked(Request.PAGE);
        assertEquals(List.of(), timeline.place(List.of(said(46, true, "k"), said(47, true, "l"))).above(),
                "held until the page is complete");
        Placement end = timeline.place(List.of(said(48, true, "m"), said(49, true, "n"), roomNotice("4 older")));
        assertEquals(List.of("k", "l", "m", "n"), end.above().stream().map(ChatEvent::text).toList());
    }

    @Test
    void searchResultsGoToTheSearchNotTheList() {
        RoomTimeline timeline = new RoomTimeline();
        timeline.place(List.of(said(9, true, "x"), roomNotice("Joined")));
        timeline.asked(Request.SEARCH);
        Placement found = timeline.place(List.of(said(8, true, "deploy 2"), said(3, true, "deploy 1"),
                roomNotice("2 results")));
        assertEquals(List.of("deploy 2", "deploy 1"), found.found().stream().map(ChatEvent::text).toList());
        assertEquals(List.of(), found.above());
        assertEquals(Request.SEARCH, found.ended());
        assertTrue(texts(found).isEmpty());
    }
}
