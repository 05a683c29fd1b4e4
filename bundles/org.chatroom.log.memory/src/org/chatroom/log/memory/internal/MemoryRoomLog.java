package org.chatroom.log.memory.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.chatroom.api.log.LogUsage;
import org.chatroom.api.log.RoomEventListener;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The room log with history off: every append is committed at once (the listener hears it before {@code append}
 * returns) and only the newest {@code keep.events} events of each room are kept, in this process's memory, so that
 * joining members still get recent history and scroll-back. Nothing survives the process.
 */
@Component(service = RoomLog.class, configurationPid = MemoryRoomLog.PID, property = RoomLog.TYPE + "=memory")
@Designate(ocd = MemoryLogConfig.class)
public final class MemoryRoomLog implements RoomLog {

    /** Configuration PID. */
    public static final String PID = "org.chatroom.log.memory";

    private final int keepEvents;
    private final Map<String, MemoryStream> streams = new HashMap<>(); // guarded by this

    @Activate
    public MemoryRoomLog(MemoryLogConfig config) {
        this(config.keep_events());
    }

    /** A log keeping the newest {@code keepEvents} events per room. */
    public MemoryRoomLog(int keepEvents) {
        if (keepEvents < 1) {
            throw new IllegalArgumentException("keep.events must be at least 1: " + keepEvents);
        }
        this.keepEvents = keepEvents;
    }

    @Override
    public synchronized RoomStream open(String room, RoomEventListener listener) {
        MemoryStream stream = streams.computeIfAbsent(room, name -> new MemoryStream(name, keepEvents, this::forget));
        stream.attach(listener);
        return stream;
    }

    private synchronized void forget(String room) {
        streams.remove(room);
    }

    @Override
    public synchronized Set<String> rooms() {
        return new TreeSet<>(streams.keySet());
    }

    @Override
    public synchronized LogUsage usage() {
        Map<String, Long> events = new HashMap<>();
        long bytes = 0;
        for (MemoryStream stream : streams.values()) {
            events.put(stream.room(), (long) stream.kept());
            bytes += stream.bytes();
        }
        return new LogUsage("memory", bytes, events);
    }
}
