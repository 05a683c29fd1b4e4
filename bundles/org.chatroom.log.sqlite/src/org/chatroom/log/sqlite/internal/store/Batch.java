package org.chatroom.log.sqlite.internal.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chatroom.api.log.RoomEvent;

/** What one transaction of the writer wrote, to publish once it is committed. */
final class Batch {

    final int appends;
    final Set<RoomState> rooms = new LinkedHashSet<>();
    final List<Work.Task<?>> tasks = new ArrayList<>();
    private final List<RoomState> eventRooms = new ArrayList<>();
    private final List<RoomEvent> events = new ArrayList<>();
    private final Map<RoomState, Integer> perRoom = new HashMap<>();

    Batch(List<Work> work) {
        appends = (int) work.stream().filter(Work.Append.class::isInstance).count();
    }

    void appended(Work.Append append, RoomEvent event) {
        rooms.add(append.room());
        eventRooms.add(append.room());
        events.add(event);
        perRoom.merge(append.room(), 1, Integer::sum);
    }

    /** How many events this batch appended to {@code room}. */
    int appendedTo(RoomState room) {
        return perRoom.getOrDefault(room, 0);
    }

    /**
     * After the commit: the new numbers, the tasks' results, then each event to its room's listener in order, through
     * {@code publisher}; {@code delivered} runs once they all were handed over.
     */
    void published(Publisher publisher, Runnable delivered) {
        rooms.forEach(RoomState::published);
        tasks.forEach(Batch::complete);
        publisher.publish(eventRooms, events, delivered);
    }

    private static <T> void complete(Work.Task<T> task) {
        task.done.complete(task.result);
    }
}
