package org.chatroom.ui.internal.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.chatroom.api.client.ChatEvent;

/**
 * Coalesces what the client reports into few, ordered posts: consecutive chat events become one batch, only the
 * latest member list between two flushes survives; a batch holds at most {@code batchMax} events (a burst becomes
 * several). Thread-safe; {@link #drain} hands out everything pending, in order.
 */
final class UpdateBatcher {

    private final List<Object> pending = new ArrayList<>();
    private final int batchMax;

    UpdateBatcher(int batchMax) {
        this.batchMax = batchMax;
    }

    /** @return true when this is the first thing pending (the caller schedules a flush) */
    synchronized boolean addEvents(List<ChatEvent> events) {
        boolean first = pending.isEmpty();
        int last = pending.size() - 1;
        if (last >= 0 && pending.get(last) instanceof EventBatch batch) {
            batch.events.addAll(events);
        } else {
            pending.add(new EventBatch(new ArrayList<>(events)));
        }
        return first;
    }

    synchronized void addState(StateChange change) {
        pending.add(change);
    }

    synchronized boolean addMembers(List<String> members) {
        boolean first = pending.isEmpty();
        pending.removeIf(MemberList.class::isInstance);
        pending.add(new MemberList(List.copyOf(members)));
        return first;
    }

    /** Passes every pending item, oldest first, to {@code post} as (topic, data). */
    void drain(BiConsumer<String, Object> post) {
        List<Object> items;
        synchronized (this) {
            items = new ArrayList<>(pending);
            pending.clear();
        }
        for (Object item : items) {
            if (item instanceof EventBatch batch) {
                List<ChatEvent> events = batch.events;
                for (int from = 0; from < events.size(); from += batchMax) {
                    int to = Math.min(events.size(), from + batchMax);
                    post.accept(Topics.EVENTS, List.copyOf(events.subList(from, to)));
                }
            } else if (item instanceof MemberList members) {
                post.accept(Topics.MEMBERS, members.names);
            } else {
                post.accept(Topics.STATE, item);
            }
        }
    }

    private record EventBatch(List<ChatEvent> events) {
    }

    private record MemberList(List<String> names) {
    }
}
