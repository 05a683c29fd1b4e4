package org.chatroom.log.sqlite.internal.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomEventListener;

/** What one transaction of the writer wrote, to publish once it is committed. */
final class Batch {

    final int appends;
    final Set<RoomState> rooms = new LinkedHashSet<>();
    final List<Work.Task<?>> tasks = new ArrayList<>();
    private final List<RoomState> eventRooms = new ArrayList<>();
    private final List<RoomEvent> events = new ArrayList<>();

    Batch(List<Work> work) {
        appends = (int) work.stream().filter(Work.Append.class::isInstance).count();
    }

    void appended(Work.Append append, RoomEvent event) {
        rooms.add(append.room());
        eventRooms.add(append.room());
        events.add(event);
    }

    /** After the commit: the new numbers, then each event to its room's listener in order, then the tasks' results. */
    void published(Problems problems) {
        rooms.forEach(RoomState::published);
        for (int i = 0; i < events.size(); i++) {
            RoomState room = eventRooms.get(i);
            RoomEventListener listener = room.listener();
            if (listener != null) {
                try {
                    listener.committed(events.get(i));
                } catch (RuntimeException e) {
                    problems.listenerFailed(room.name, e);
                }
            }
        }
        tasks.forEach(Batch::complete);
    }

    private static <T> void complete(Work.Task<T> task) {
        task.done.complete(task.result);
    }
}
