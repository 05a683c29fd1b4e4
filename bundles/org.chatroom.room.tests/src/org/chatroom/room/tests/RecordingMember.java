package org.chatroom.room.tests;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.room.member.MemberListener;
import org.chatroom.room.member.RoomState;

/**
 * A front end's listener that writes down what it hears, one line per call (each after the name of the thread that
 * called when asked to), and waits (bounded) for lines.
 */
final class RecordingMember implements MemberListener {

    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    private final boolean threads;

    RecordingMember() {
        this(false);
    }

    /** @param threads whether each line starts with the name of the thread that called, then {@code ": "} */
    RecordingMember(boolean threads) {
        this.threads = threads;
    }

    /** Writes {@code line} down, as heard on the current thread. */
    void add(String line) {
        heard.add(threads ? Thread.currentThread().getName() + ": " + line : line);
    }

    @Override
    public void event(RoomEvent event) {
        add("event " + event.room() + " " + event.seq() + " " + event.kind() + " " + event.name() + " "
                + event.text());
    }

    @Override
    public void joined(RoomState state, List<RoomEvent> history, long lost) {
        add("joined " + state.room() + " " + state.members() + " topic=" + state.topic() + " history="
                + history.stream().map(e -> e.kind() + ":" + e.name() + ":" + e.text()).toList() + " lost=" + lost);
    }

    @Override
    public void privateMessage(Instant time, String from, String to, String text) {
        add("private " + from + " " + to + " " + text);
    }

    @Override
    public void notice(Instant time, String text) {
        add("notice " + text);
    }

    @Override
    public void error(ErrorCode code, String text) {
        add("error " + code + " " + text);
    }

    @Override
    public void parted(String room, String reason) {
        add("parted " + room + " " + reason);
    }

    @Override
    public void closed(String reason) {
        add("closed " + reason);
    }

    /** The next line heard, waiting at most 10 s. */
    String next() throws InterruptedException {
        String line = heard.poll(10, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("heard nothing within 10 s");
        }
        return line;
    }

    /** Skips lines until one starts with {@code prefix}; @return it */
    String await(String prefix) throws InterruptedException {
        for (int i = 0; i < 10_000; i++) {
            String line = next();
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("nothing starting with " + prefix);
    }
}
