package org.chatroom.irc.internal.session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.room.member.MemberException;
import org.chatroom.room.member.MemberSession;

/**
 * Reads one room's log for one {@code CHATHISTORY} request, through the member's session (so the rooms check that the
 * member is in the room): pages of at most the rooms' {@code history.max.page} events, the events a client may get
 * (messages and actions; every kind with {@code draft/event-playback}), and at most {@code budget} events read in
 * all. Positions are sequence numbers; bounds are exclusive. Event times are compared at millisecond precision, as
 * {@code server-time} shows them, so a client's timestamp matches the event it saw.
 */
final class HistoryReader {

    private final MemberSession member;
    private final String room;
    private final boolean allKinds;
    private final int page;
    private int budget;
    private long end = -1;
    private boolean cut;

    HistoryReader(MemberSession member, String room, boolean allKinds, int page, int budget) {
        this.member = member;
        this.room = room;
        this.allKinds = allKinds;
        this.page = page;
        this.budget = budget;
    }

    /** A reader for one request of {@code client}, with the limits of the rooms and of the listener. */
    static HistoryReader of(IrcClient client, String room) {
        return new HistoryReader(client.member(), room, client.caps.has(Caps.EVENT_PLAYBACK),
                client.network.members().limits().historyMaxPage(), client.network.settings().historyScan());
    }

    /** The bound below the events after {@code ref}: its sequence number, or below the first event later than it. */
    long lower(HistoryRef ref) throws MemberException {
        return ref.isTime() ? first(ref.time(), true) - 1 : ref.seq();
    }

    /** The bound above the events before {@code ref}: its sequence number, or the first event at it or later. */
    long upper(HistoryRef ref) throws MemberException {
        return ref.isTime() ? first(ref.time(), false) : ref.seq();
    }

    /** Up to {@code limit} of the oldest events between the bounds, oldest first. */
    List<RoomEvent> oldest(long lower, long upper, int limit) throws MemberException {
        List<RoomEvent> found = new ArrayList<>();
        long cursor = lower;
        while (found.size() < limit && cursor + 1 < upper && spare()) {
            List<RoomEvent> events = member.after(room, cursor, pageSize(limit - found.size()));
            if (events.isEmpty()) {
                break;
            }
            budget -= events.size();
            for (RoomEvent event : events) {
                if (event.seq() >= upper || found.size() == limit) {
                    return found;
                }
                if (wanted(event)) {
                    found.add(event);
                }
                cursor = event.seq();
            }
        }
        return found;
    }

    /** Up to {@code limit} of the newest events between the bounds ({@code Long.MAX_VALUE}: no upper), oldest first. */
    List<RoomEvent> newest(long lower, long upper, int limit) throws MemberException {
        Deque<RoomEvent> found = new ArrayDeque<>();
        long cursor = Math.min(upper, end());
        while (found.size() < limit && cursor - 1 > lower && spare()) {
            List<RoomEvent> events = member.before(room, cursor, pageSize(limit - found.size()));
            if (events.isEmpty()) {
                break;
            }
            budget -= events.size();
            for (int i = events.size() - 1; i >= 0; i--) {
                RoomEvent event = events.get(i);
                if (event.seq() <= lower || found.size() == limit) {
                    return new ArrayList<>(found);
                }
                if (wanted(event)) {
                    found.addFirst(event);
                }
                cursor = event.seq();
            }
        }
        return new ArrayList<>(found);
    }

    /** Whether the budget allows another read; notes that a read was cut short when it does not. */
    private boolean spare() {
        cut |= budget <= 0;
        return budget > 0;
    }

    /** Whether a read stopped at the budget, with events left to read. */
    boolean cut() {
        return cut;
    }

    private int pageSize(int missing) {
        return Math.max(1, Math.min(Math.min(page, budget), allKinds ? missing : page));
    }

    private boolean wanted(RoomEvent event) {
        return allKinds || event.kind().said();
    }

    /** The position after the room's newest event. */
    private long end() throws MemberException {
        if (end < 0) {
            end = member.room(room).lastSequence() + 1;
        }
        return end;
    }

    /**
     * The first position whose event is later than {@code time} ({@code strict}) or at it or later: a binary search
     * of single-event reads (events are numbered in time order), {@link #end()} when there is none.
     */
    private long first(Instant time, boolean strict) throws MemberException {
        Instant at = time.truncatedTo(ChronoUnit.MILLIS);
        long failing = 0; // every event up to here is earlier
        long passing = end(); // every event from here on is later
        while (passing - failing > 1) {
            long mid = failing + (passing - failing) / 2;
            List<RoomEvent> events = member.after(room, mid - 1, 1);
            RoomEvent event = events.isEmpty() ? null : events.get(0);
            if (event == null || event.seq() >= passing) {
                passing = mid; // no event in [mid, passing)
                continue;
            }
            Instant when = event.time().truncatedTo(ChronoUnit.MILLIS);
            if (strict ? when.isAfter(at) : !when.isBefore(at)) {
                passing = mid; // nothing in [mid, event) either
            } else {
                failing = event.seq();
            }
        }
        return passing;
    }
}
