package org.chatroom.client.irc.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;

/**
 * What this client knows of its channels' history on a server that keeps it (IRCv3 {@code draft/chathistory}): which
 * {@code CHATHISTORY} to ask on joining a channel ({@code LATEST} the first time, {@code AFTER} the newest event seen
 * when joining it again after a reconnect), and {@code BEFORE} the oldest for an older page. IRC gives events no
 * sequence numbers, so this client numbers each channel's events itself, in time order: live ones upwards from
 * {@link #BASE}, the history of the first join and older pages downwards below the oldest, what a resume brings above
 * the newest. A UI places them as it places a Chatroom room's. Kept across connections, forgotten for a channel the
 * user leaves (joining it again is a first join). Thread safe; held briefly.
 */
final class ChannelHistory {

    /** Where a channel's numbering starts: room below it for every older page, far from any overflow. */
    static final long BASE = 1L << 40;
    /** Events asked for on a first join, and per page when the server states no smaller limit. */
    static final int PAGE = 50;
    /** Events a resume asks for at once when the server states no limit. */
    private static final int RESUME = 500;
    /** Times a resume asks again while the server's answers come full (more was missed than one answer holds). */
    private static final int RESUME_ROUNDS = 20;
    /** Live message ids remembered per channel, so that an answer crossing them does not show them twice. */
    private static final int RECENT = 256;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** What was asked of a channel's history; the server answers in the order asked. */
    enum Ask {
        LATEST, AFTER, BEFORE
    }

    /** One event of a history batch and its {@code msgid} (empty when the server gave none). */
    record Line(ChatEvent event, String msgid) {
    }

    /**
     * An answer taken in.
     *
     * @param ask    what it answered
     * @param events its events to show, numbered, oldest first
     * @param said   for a resume, the messages and actions it brought in all its rounds so far
     * @param again  the next round of a resume to send (its answer came full), else {@code null}
     */
    record Answer(Ask ask, List<ChatEvent> events, int said, String again) {
    }

    private static final class State {
        long high = BASE; // the newest number given
        long low = BASE + 1; // the oldest number given; BASE + 1 while none is
        String oldest = ""; // msgid of the oldest event received
        Instant oldestTime; // its time, or of the oldest live event without an id
        String newest = ""; // msgid of the newest event received
        final Deque<Ask> asked = new ArrayDeque<>();
        final Set<String> recent = new LinkedHashSet<>();
        int rounds;
        int said;
    }

    private final Map<String, State> states = new HashMap<>();
    private int serverLimit;

    /** Another server: nothing is known. */
    synchronized void reset() {
        states.clear();
        serverLimit = 0;
    }

    /** The connection is gone: nothing asked is answered any more; what was seen stays, for the resume. */
    synchronized void disconnected() {
        states.values().forEach(state -> state.asked.clear());
    }

    /** The user left {@code channel}: joining it again starts afresh. */
    synchronized void left(String channel) {
        states.remove(Channels.fold(channel));
    }

    /** The server's {@code CHATHISTORY=N} token: at most N events an answer, 0 for no limit. */
    synchronized void serverLimit(int limit) {
        serverLimit = Math.max(0, limit);
    }

    /** @return the line that asks for {@code channel}'s history on joining it */
    synchronized String joined(String channel) {
        State state = state(channel);
        state.rounds = 0;
        state.said = 0;
        if (state.newest.isEmpty()) {
            state.asked.add(Ask.LATEST);
            return "CHATHISTORY LATEST " + channel + " * " + limit(PAGE);
        }
        state.asked.add(Ask.AFTER);
        return after(channel, state);
    }

    /** @return the line that asks for {@code count} events older than the oldest one of {@code channel} received */
    synchronized String older(String channel, int count) {
        State state = state(channel);
        state.asked.add(Ask.BEFORE);
        String ref = !state.oldest.isEmpty() ? "msgid=" + state.oldest
                : "timestamp=" + TIMESTAMP.format(state.oldestTime == null ? Instant.now() : state.oldestTime);
        return "CHATHISTORY BEFORE " + channel + " " + ref + " " + limit(count);
    }

    /** @return the number of a live event of {@code channel} with {@code msgid} (empty when the server gave none) */
    synchronized long live(String channel, String msgid, Instant time) {
        State state = state(channel);
        if (!msgid.isEmpty()) {
            state.newest = msgid;
            state.recent.add(msgid);
            if (state.recent.size() > RECENT) {
                state.recent.remove(state.recent.iterator().next());
            }
            if (state.oldest.isEmpty()) {
                state.oldest = msgid;
            }
        } else if (state.oldestTime == null) {
            state.oldestTime = time;
        }
        state.low = Math.min(state.low, state.high + 1);
        return ++state.high;
    }

    /**
     * The answer to the oldest question pending for {@code channel}: numbered, without what was shown live already,
     * and for a resume without this client's own messages ({@code self} wrote them, and saw them as written).
     *
     * @return the answer, {@code null} when nothing was asked
     */
    synchronized Answer answered(String channel, List<Line> lines, String self) {
        State state = states.get(Channels.fold(channel));
        Ask ask = state == null ? null : state.asked.poll();
        if (ask == null) {
            return null;
        }
        List<Line> shown = new ArrayList<>();
        for (Line line : lines) {
            boolean own = ask == Ask.AFTER && Channels.fold(line.event().from()).equals(Channels.fold(self));
            if (!own && (line.msgid().isEmpty() || !state.recent.contains(line.msgid()))) {
                shown.add(line);
            }
        }
        if (ask == Ask.AFTER) {
            return resumed(channel, state, lines, shown);
        }
        long number = state.low - shown.size();
        state.low = number;
        List<ChatEvent> events = new ArrayList<>();
        for (Line line : shown) {
            events.add(numbered(line.event(), number++));
        }
        if (!lines.isEmpty()) {
            Line first = lines.get(0);
            state.oldest = first.msgid().isEmpty() ? state.oldest : first.msgid();
            state.oldestTime = first.event().time();
            Line last = lines.get(lines.size() - 1);
            state.newest = state.newest.isEmpty() ? last.msgid() : state.newest;
        }
        return new Answer(ask, events, 0, null);
    }

    /** @return whether a question is pending for a channel, not answered yet */
    synchronized boolean asking() {
        return states.values().stream().anyMatch(state -> !state.asked.isEmpty());
    }

    /** @return the question that was pending for {@code channel}, which the server refused; {@code null} for none */
    synchronized Ask refused(String channel) {
        State state = states.get(Channels.fold(channel));
        return state == null ? null : state.asked.poll();
    }

    private Answer resumed(String channel, State state, List<Line> lines, List<Line> shown) {
        List<ChatEvent> events = new ArrayList<>();
        for (Line line : shown) {
            events.add(numbered(line.event(), ++state.high));
            if (line.event().kind() == Kind.MESSAGE || line.event().kind() == Kind.ACTION) {
                state.said++;
            }
        }
        for (Line line : lines) {
            state.newest = line.msgid().isEmpty() ? state.newest : line.msgid();
        }
        String again = null;
        if (lines.size() >= limit(RESUME) && ++state.rounds < RESUME_ROUNDS) {
            state.asked.addFirst(Ask.AFTER);
            again = after(channel, state);
        }
        return new Answer(Ask.AFTER, events, state.said, again);
    }

    private String after(String channel, State state) {
        return "CHATHISTORY AFTER " + channel + " msgid=" + state.newest + " " + limit(RESUME);
    }

    private int limit(int wanted) {
        return serverLimit == 0 ? wanted : Math.min(wanted, serverLimit);
    }

    private State state(String channel) {
        return states.computeIfAbsent(Channels.fold(channel), c -> new State());
    }

    private static ChatEvent numbered(ChatEvent event, long seq) {
        return new ChatEvent(event.kind(), event.time(), event.from(), event.to(), event.text(), event.room(), seq,
                true);
    }
}
