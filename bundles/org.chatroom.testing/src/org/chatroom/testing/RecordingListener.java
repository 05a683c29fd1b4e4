package org.chatroom.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.RoomListing;

/**
 * A {@link ChatListener} that remembers everything the chat client told it, with bounded waits for what a test
 * expects. Register it as a service to hear the client.
 */
public final class RecordingListener implements ChatListener {

    private final List<ChatEvent> events = new ArrayList<>();
    private final List<ConnectionState> states = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private final List<List<String>> memberLists = new ArrayList<>();
    private final List<List<RoomListing>> roomLists = new ArrayList<>();
    /** Events, states and member lists in the order they came: "KIND from", "state CONNECTED", "members [a, b]". */
    private final List<String> timeline = new ArrayList<>();

    @Override
    public synchronized void events(List<ChatEvent> batch) {
        events.addAll(batch);
        batch.forEach(event -> timeline.add(event.kind() + " " + event.from()));
        notifyAll();
    }

    @Override
    public synchronized void stateChanged(ConnectionState state, String detail) {
        states.add(state);
        details.add(detail);
        timeline.add("state " + state);
        notifyAll();
    }

    @Override
    public synchronized void membersChanged(List<String> newMembers) {
        memberLists.add(List.copyOf(newMembers));
        timeline.add("members " + newMembers);
        notifyAll();
    }

    @Override
    public synchronized void passwordRefused(boolean wrong, String detail) {
        timeline.add((wrong ? "password wrong " : "password needed ") + detail);
        notifyAll();
    }

    /** In the timeline as "room password needed ROOM" or "room password wrong ROOM" (since 1.15). */
    @Override
    public synchronized void roomPasswordRefused(String room, boolean wrong, String detail) {
        timeline.add((wrong ? "room password wrong " : "room password needed ") + room);
        notifyAll();
    }

    @Override
    public synchronized void roomsListed(List<RoomListing> rooms) {
        roomLists.add(List.copyOf(rooms));
        timeline.add("rooms " + rooms);
        notifyAll();
    }

    /** Waits for the {@code n}th room list (1 for the first) and returns it. */
    public synchronized List<RoomListing> awaitRoomList(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (roomLists.size() < n) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("room list " + n + " not given within " + timeout + "; got " + roomLists);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return roomLists.get(n - 1);
    }

    public synchronized ChatEvent awaitEvent(Predicate<ChatEvent> wanted, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ChatEvent event : events) {
                if (wanted.test(event)) {
                    return event;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no such event within " + timeout + "; got " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits until at least {@code count} recorded events match {@code wanted}; returns how many do. */
    public synchronized long awaitCount(Predicate<ChatEvent> wanted, long count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long matching = events.stream().filter(wanted).count();
            if (matching >= count) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(matching + " of " + count + " events within " + timeout);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /**
     * Waits until the client reported {@code wanted} with a detail that {@code detail} accepts (at any point, not
     * only as the latest state), so a state reported before the one the test caused cannot answer for it.
     */
    public synchronized String awaitStateWith(ConnectionState wanted, Predicate<String> detail, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (int i = 0; i < states.size(); i++) {
                if (states.get(i) == wanted && detail.test(details.get(i))) {
                    return details.get(i);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("state " + wanted + " with the expected detail not reported within " + timeout
                        + "; states " + states + "; details " + details);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits for {@code wanted} to be the latest state; returns its detail. */
    public synchronized String awaitState(ConnectionState wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (states.isEmpty() || states.get(states.size() - 1) != wanted) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("state " + wanted + " not reached within " + timeout + "; states " + states
                        + "; events " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return details.get(details.size() - 1);
    }

    /** Waits until the states reported so far contain {@code sequence} in this order (others may come between). */
    public synchronized void awaitSequence(Duration timeout, ConnectionState... sequence) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!containsInOrder(sequence)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("states " + List.of(sequence) + " not seen in order within " + timeout
                        + "; states " + states + "; events " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private boolean containsInOrder(ConnectionState... sequence) {
        int next = 0;
        for (ConnectionState state : states) {
            if (next < sequence.length && state == sequence[next]) {
                next++;
            }
        }
        return next == sequence.length;
    }

    public synchronized void awaitMembers(List<String> wanted, Duration timeout) throws InterruptedException {
        awaitMembers(wanted, wanted::equals, timeout);
    }

    /**
     * Waits for a member list of {@code wanted} in any order: an IRC server's NAMES reply lists a channel in an order
     * of its own (InspIRCd's varies from run to run).
     */
    public synchronized void awaitMemberSet(Set<String> wanted, Duration timeout) throws InterruptedException {
        awaitMembers(wanted, members -> members.size() == wanted.size() && wanted.containsAll(members), timeout);
    }

    private void awaitMembers(Object wanted, Predicate<List<String>> done, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(lastMembers())) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("members " + wanted + " not reported within " + timeout + "; last "
                        + lastMembers());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** The details given with each state change, in order. */
    public synchronized List<String> details() {
        return List.copyOf(details);
    }

    /** The member list reported last, empty before any. */
    private List<String> lastMembers() {
        return memberLists.isEmpty() ? List.of() : memberLists.get(memberLists.size() - 1);
    }

    /**
     * Waits until the timeline ({@link #timeline}) holds {@code entry}, e.g. "room password needed vault" (since 1.16):
     * a refusal is told after the error event that says it.
     */
    public synchronized void awaitTimeline(String entry, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!timeline.contains(entry)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + entry + " within " + timeout + " in " + timeline);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** What this listener was told, in order: events as "KIND from", member lists as "members [a, b]". */
    public synchronized List<String> timeline() {
        return List.copyOf(timeline);
    }

    /** Every member list reported, in order. */
    public synchronized List<List<String>> memberLists() {
        return List.copyOf(memberLists);
    }

    public synchronized List<ConnectionState> states() {
        return List.copyOf(states);
    }

    public synchronized List<ChatEvent> events() {
        return List.copyOf(events);
    }
}
