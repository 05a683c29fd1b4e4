package org.chatroom.log.sqlite.internal.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;

/** A room's stream: appends go to the writer's queue, reads to a read connection. */
final class SqliteRoomStream implements RoomStream {

    private final RoomState room;
    private final LogStore store;

    SqliteRoomStream(RoomState room, LogStore store) {
        this.room = room;
        this.store = store;
    }

    @Override
    public String room() {
        return room.name;
    }

    @Override
    public void append(EventDraft draft) throws RoomLogException {
        long timeNs = EventWriter.nanos(draft.time());
        synchronized (room) { // not after close: a closed stream's appends are refused, never half queued
            requireOpen();
            store.writer().append(room, draft, timeNs);
        }
    }

    @Override
    public long lastSequence() {
        return room.committed();
    }

    @Override
    public long firstSequence() {
        return room.first();
    }

    @Override
    public List<RoomEvent> after(long seq, int max) throws RoomLogException {
        requirePositive(max);
        return store.readers().read(c -> Queries.after(c, room, seq, max));
    }

    @Override
    public List<RoomEvent> before(long seq, int max) throws RoomLogException {
        requirePositive(max);
        return store.readers().read(c -> Queries.before(c, room, seq, max));
    }

    @Override
    public List<RoomEvent> search(String query, int max) throws RoomLogException {
        requirePositive(max);
        String match = SearchQuery.of(Objects.requireNonNull(query, "query"));
        if (match.isEmpty()) {
            return List.of();
        }
        store.writer().indexWords(); // what was committed before the search is found
        return store.readers().read(c -> Queries.search(c, room, match, max));
    }

    @Override
    public void retention(Retention retention) throws RoomLogException {
        Objects.requireNonNull(retention, "retention");
        requireOpen();
        store.writer().call(c -> {
            RoomTable.retention(c, room, retention);
            room.retention(retention);
            store.writer().trimSoon(room);
            return null;
        });
    }

    @Override
    public Map<String, String> settings() throws RoomLogException {
        return store.readers().read(c -> Queries.settings(c, room));
    }

    @Override
    public void setting(String key, String value) throws RoomLogException {
        Objects.requireNonNull(key, "key");
        requireOpen();
        store.writer().call(c -> RoomTable.setting(c, room, key, value));
    }

    @Override
    public void delete() throws RoomLogException {
        if (room.isDeleted()) {
            return;
        }
        room.markDeleted();
        store.forget(room);
        store.writer().call(c -> RoomTable.delete(c, room));
    }

    @Override
    public void close() {
        room.close();
    }

    private void requireOpen() throws RoomLogException {
        if (!room.isOpen()) {
            throw new RoomLogException(Texts.get("closed", room.name));
        }
    }

    private static void requirePositive(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
    }
}
