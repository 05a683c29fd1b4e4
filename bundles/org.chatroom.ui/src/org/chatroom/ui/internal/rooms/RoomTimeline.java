package org.chatroom.ui.internal.rooms;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;

/**
 * Where each event of one room goes in its tab, from the sequence numbers the room gives them ({@code chatroom/2}):
 * <ul>
 * <li>history sent on first joining the room: below, dimmed, and a separator line once live events begin; in a tab
 * that shows nothing of a room yet ({@link #historyAbove}: only this client's lines, such as "Connected as ada."),
 * held until live events begin and then put above those lines with its separator, so that the tab reads in time
 * order;</li>
 * <li>history older than anything shown (scroll-back): above the first row;</li>
 * <li>history newer than the last event shown (resuming after a drop, a server restart or a Connect again): held
 * until the room says the resume is complete, then shown behind a marker "N messages while you were away" (not
 * dimmed: the user has not seen it), without this client's own leave that ended what it saw ({@link #me}); apart
 * ({@link Placement#missed}) when they begin the batch, for the tab to put them in time order among the lines this
 * client wrote meanwhile ("Connecting...", "Connected as ada.");</li>
 * <li>history already shown: dropped, so nothing appears twice;</li>
 * <li>history of a first join newer than what the user had read of the room when the desktop quit
 * ({@link #readUpTo}): shown as what was missed, behind its marker, not dimmed (it came back dimmed among what the user
 * had read, nothing saying what was new);</li>
 * <li>after a notice that the room is not the one the tab showed ({@link ChatEvent#RENUMBERED}: created again, the
 * client joins it anew), its numbering starts afresh and its history goes below as on a first join;</li>
 * <li>while a search runs, the room's history events are its results, until the room ends the answer.</li>
 * </ul>
 * The end of a scroll-back page or a search is the room's notice (a {@code NOTICE} naming the room, without a
 * sequence number) that follows the answer; it is not shown. Pure logic, no SWT.
 */
public final class RoomTimeline {

    /** What the room asked for is pending: nothing, an older page, or a search. */
    public enum Request {
        NONE, PAGE, SEARCH
    }

    /** One line for the tab, in order: an event (live or dimmed history), or a line of this client. */
    public record Line(ChatEvent event, boolean history, String text, boolean marker) {

        static Line of(ChatEvent event, boolean history) {
            return new Line(event, history, "", false);
        }

        /** A line of this client: a marker stands out (the user missed something), a separator does not. */
        static Line text(String text, boolean marker) {
            return new Line(null, false, text, marker);
        }
    }

    /**
     * What one batch of a room's events does to its tab: {@code joinHistory}, the history of the join, goes above
     * everything in the tab with the separator under it ({@link #historyAbove}); {@code missed}, what the client
     * missed (its marker first), goes before {@code below}, where it belongs in time among the tab's newest rows.
     */
    public record Placement(List<Line> below, List<ChatEvent> above, List<ChatEvent> found, Request ended,
            List<ChatEvent> joinHistory, List<Line> missed) {
    }

    private long first; // lowest sequence number shown, 0 before any
    private long last; // highest shown
    private long readUpTo; // the last event read of the room when the desktop quit, 0: not known
    private long missedAfter; // readUpTo when the join's history held lines missed after it, until they are read
    private boolean joining; // history on first join is arriving
    private boolean historyAbove; // the tab shows nothing of a room: the join's history goes above its rows
    private final List<ChatEvent> joinHistory = new ArrayList<>(); // held until live events begin (historyAbove)
    private boolean atStart; // an older page came back empty: nothing is older
    private final List<ChatEvent> missed = new ArrayList<>();
    private final List<ChatEvent> older = new ArrayList<>(); // the page being received: shown whole, at its end
    private Request pending = Request.NONE;
    private long pageBefore; // the older page asked for ends before this sequence number
    private int pageEvents; // events of that page received so far
    private String me = "";

    public Placement place(List<ChatEvent> events) {
        List<Line> below = new ArrayList<>();
        List<ChatEvent> above = new ArrayList<>();
        List<ChatEvent> found = new ArrayList<>();
        List<Line> resumed = new ArrayList<>();
        Request ended = Request.NONE;
        List<ChatEvent> joined = List.of();
        for (ChatEvent event : events) {
            if (event.kind() == Kind.NOTICE && event.seq() == ChatEvent.RENUMBERED) {
                reset(); // another room by the same name: its events are numbered from 1 again, below what is shown
                below.add(Line.of(event, false));
                continue;
            }
            if (event.history() && event.seq() > 0) {
                history(event, below, found);
            } else if (pending != Request.NONE && event.kind() == Kind.NOTICE && event.seq() == 0
                    && !event.room().isEmpty()) {
                ended = pending; // the room's "n results" / "n older events": the answer is complete
                atStart |= pending == Request.PAGE && pageEvents == 0;
                pending = Request.NONE;
            } else {
                List<ChatEvent> held = liveBegins(below, resumed);
                joined = held.isEmpty() ? joined : held;
                below.add(Line.of(event, false));
                seen(event.seq());
            }
        }
        if (pending != Request.PAGE && !older.isEmpty()) {
            above.addAll(older); // complete (or given up): above the first row, in one piece
            older.clear();
        }
        return new Placement(below, above, found, ended, joined, resumed);
    }

    /** This client's name in the room now: its own leave is not among what it missed. */
    public void me(String name) {
        me = name;
    }

    /**
     * Whether the tab shows nothing of a room yet, only lines of this client: the history of a join goes above them
     * then ({@link Placement#joinHistory}), not below "Connected as ada." with times going back.
     */
    public void historyAbove(boolean above) {
        historyAbove = above;
    }

    /**
     * The join's history held so far, taken now whole (the connection changed before live events began, and this
     * client says so): put it above the tab's rows with its separator.
     */
    List<ChatEvent> takeJoinHistory() {
        List<ChatEvent> held = List.copyOf(joinHistory);
        joinHistory.clear();
        joining &= held.isEmpty();
        return held;
    }

    private void history(ChatEvent event, List<Line> below, List<ChatEvent> found) {
        long seq = event.seq();
        if (pending == Request.SEARCH) {
            found.add(event);
        } else if (first > 0 && seq < (pending == Request.PAGE ? pageBefore : first)) {
            older.add(event); // oldest first, as the room sends a page; it may span batches
            first = Math.min(first, seq);
            pageEvents++;
        } else if ((last == 0 || joining) && readUpTo > 0 && seq > readUpTo) {
            joining = true; // said after the user last read the room: missed, though the tab shows nothing yet
            if (missed(event)) {
                missedAfter = readUpTo;
            }
            seen(seq);
        } else if (last == 0 || joining) {
            joining = true;
            if (historyAbove) {
                joinHistory.add(event);
            } else {
                below.add(Line.of(event, true));
            }
            seen(seq);
        } else if (seq > last) {
            missed(event);
            last = seq;
        }
        // else: already shown
    }

    /** @return whether {@code event} is news, kept as missed */
    private boolean missed(ChatEvent event) {
        if (event.kind() == Kind.LEAVE && event.from().equalsIgnoreCase(me)) {
            return false; // this client's own leave, which ended what it saw, is not news to its user
        }
        missed.add(event);
        return true;
    }

    /**
     * @return how far the user had read the room when the desktop quit, while what its join's history held after that
     *         is not read yet; 0 otherwise (the tab showed nothing before those lines, so they cannot tell)
     */
    long missedAfter() {
        return missedAfter;
    }

    /** What was missed has been read. */
    void missedRead() {
        missedAfter = 0;
    }

    /**
     * The user had read the room up to the event numbered {@code seq} when the desktop quit: what the join's history
     * holds after it is shown as missed. For the first join of the tab only (a resume knows what the tab shows).
     */
    public void readUpTo(long seq) {
        readUpTo = seq;
    }

    /**
     * A live event (or the room's notice that the join or resume is complete) follows what came as history: what was
     * missed goes to {@code below}, or to {@code resumed} when nothing of the batch stands before it there.
     *
     * @return the join's history held for above the tab's rows, complete now (the separator goes under it there);
     *         empty when none was held
     */
    private List<ChatEvent> liveBegins(List<Line> below, List<Line> resumed) {
        List<ChatEvent> held = List.of();
        if (joining) {
            joining = false;
            readUpTo = 0; // known for the first join only
            if (joinHistory.isEmpty() && !historyAbove) {
                below.add(Line.text(RoomTexts.historyEnd, false));
            } else {
                held = List.copyOf(joinHistory);
                joinHistory.clear();
            }
        }
        flushMissed(below.isEmpty() ? resumed : below);
        return held;
    }

    /** Shows what was held back while resuming (also when the connection drops again before the room said so). */
    void flushMissed(List<Line> below) {
        if (missed.isEmpty()) {
            return;
        }
        long said = missed.stream().filter(e -> e.kind() == Kind.MESSAGE || e.kind() == Kind.ACTION).count();
        if (said > 0) {
            below.add(Line.text(RoomTexts.format(RoomTexts.awayMarker, said), true));
        }
        missed.forEach(e -> below.add(Line.of(e, false)));
        missed.clear();
    }

    /**
     * The room numbered an event newer than anything shown that the tab leaves out (this client's own join, which its
     * notice says): counted as shown, so that a room whose only event is that join can be searched and scrolled back
     * at once, and a resume starts after it.
     */
    void numbered(long seq) {
        if (seq > last) {
            seen(seq);
        }
    }

    private void seen(long seq) {
        if (seq > 0) {
            first = first == 0 ? seq : Math.min(first, seq);
            last = Math.max(last, seq);
        }
    }

    /**
     * @return whether the room may be asked something now: nothing pending, and not joining or resuming (the room's
     *         notice that ends those would be taken for the end of the answer)
     */
    public boolean ready() {
        return pending == Request.NONE && !joining && missed.isEmpty() && last > 0;
    }

    /** @return whether the history of a join is arriving: the room is being joined */
    boolean joining() {
        return joining;
    }

    /** @return the lowest sequence number the tab shows, 0 before any */
    long first() {
        return first;
    }

    /** @return the highest sequence number the tab shows, 0 before any */
    long last() {
        return last;
    }

    /** @return whether an older page may be asked for now: {@link #ready()}, not at the beginning */
    public boolean canAskOlder() {
        return ready() && first > 1 && !atStart;
    }

    boolean atStart() {
        return atStart || first == 1;
    }

    Request pending() {
        return pending;
    }

    /** The client asked the room for {@code request}; its answer is read as such until the room ends it. */
    public void asked(Request request) {
        pending = request;
        pageBefore = first;
        pageEvents = 0;
    }

    /** The connection dropped or the request took too long: nothing is pending any more. */
    void abandon() {
        pending = Request.NONE;
    }

    /** Forgets the room's numbering (another server, or the tab shows another room now). */
    void reset() {
        first = 0;
        last = 0;
        readUpTo = 0;
        missedAfter = 0;
        joining = false;
        atStart = false;
        joinHistory.clear();
        missed.clear();
        older.clear();
        pending = Request.NONE;
    }
}
