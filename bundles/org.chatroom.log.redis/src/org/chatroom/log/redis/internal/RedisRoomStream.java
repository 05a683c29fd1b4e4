package org.chatroom.log.redis.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;

import redis.clients.jedis.resps.StreamEntry;

/**
 * One open room on Redis. Appends are queued for the node's {@link AppendWriter}, which sends them in rounds; the event
 * reaches the listener through the node's follower once Redis has it (with {@code appendfsync always}: on disk), like
 * the events other nodes append, so there is one path, one order and no duplicate.
 */
final class RedisRoomStream implements RoomStream {

    /** Most trim rounds of one {@link #retention} call (each removes at most the whole surplus or a page by age). */
    private static final int TRIM_ROUNDS = 100_000;

    private final String room;
    private final RoomKeys keys;
    private final RedisAccess redis;
    private final Follower follower;
    private final Subscription subscription;
    private final RedisRoomLog log;
    private final AppendWriter writer;
    private final List<String> scriptKeys;
    private volatile boolean closed;
    private volatile boolean deleted;

    RedisRoomStream(String room, RoomKeys keys, RedisAccess redis, Follower follower, Subscription subscription,
            RedisRoomLog log, AppendWriter writer) {
        this.room = room;
        this.keys = keys;
        this.redis = redis;
        this.follower = follower;
        this.subscription = subscription;
        this.log = log;
        this.writer = writer;
        this.scriptKeys = keys.scriptKeys(room);
    }

    @Override
    public String room() {
        return room;
    }

    @Override
    public void append(EventDraft draft) throws RoomLogException {
        openOrThrow();
        writer.append(this, draft);
    }

    @Override
    public long lastSequence() {
        try {
            String stored = redis.call(jedis -> jedis.get(keys.sequence(room)));
            return stored == null ? 0 : Long.parseLong(stored);
        } catch (RoomLogException e) {
            return subscription.delivered();
        }
    }

    @Override
    public long firstSequence() {
        try {
            List<StreamEntry> first = redis.call(jedis -> jedis.xrange(keys.events(room), "-", "+", 1));
            return first.isEmpty() ? lastSequence() + 1 : EventCodec.sequence(first.get(0).getID());
        } catch (RoomLogException e) {
            return subscription.delivered() + 1;
        }
    }

    @Override
    public List<RoomEvent> after(long seq, int max) throws RoomLogException {
        positive(max);
        String start = "(" + EventCodec.id(Math.max(0, seq));
        return decode(redis.call(jedis -> jedis.xrange(keys.events(room), start, "+", max)));
    }

    @Override
    public List<RoomEvent> before(long seq, int max) throws RoomLogException {
        positive(max);
        if (seq <= 1) {
            return List.of();
        }
        String end = "(" + EventCodec.id(seq);
        List<RoomEvent> page = decode(redis.call(jedis -> jedis.xrevrange(keys.events(room), end, "-", max)));
        Collections.reverse(page);
        return page;
    }

    @Override
    public List<RoomEvent> search(String query, int max) throws RoomLogException {
        positive(max);
        return redis.call(jedis -> log.search().newestFirst(jedis, room, keys.events(room), query, max));
    }

    @Override
    public void retention(Retention retention) throws RoomLogException {
        redis.call(jedis -> jedis.hset(keys.retention(room), Map.of("maxEvents", Long.toString(retention.maxEvents()),
                "maxAgeMillis", Long.toString(retention.maxAge().toMillis()))));
        List<String> arguments = log.retentionArguments();
        for (int round = 0; round < TRIM_ROUNDS; round++) {
            Object removed = redis.call(jedis -> Scripts.TRIM_NOW.run(jedis, scriptKeys, arguments));
            if (removed instanceof Long count && count == 0) {
                return;
            }
        }
    }

    @Override
    public Map<String, String> settings() throws RoomLogException {
        return Map.copyOf(redis.call(jedis -> jedis.hgetAll(keys.settings(room))));
    }

    @Override
    public void setting(String key, String value) throws RoomLogException {
        redis.call(jedis -> value == null ? jedis.hdel(keys.settings(room), key)
                : jedis.hset(keys.settings(room), key, value));
    }

    @Override
    public boolean settingsAt(String marker, long seq, Map<String, String> settings) throws RoomLogException {
        List<String> arguments = new ArrayList<>(List.of(marker, Long.toString(seq)));
        settings.forEach((key, value) -> {
            arguments.add(key);
            arguments.add(value == null ? "" : value);
        });
        Object stored = redis.call(jedis -> Scripts.SETTINGS_AT.run(jedis, List.of(keys.settings(room)), arguments));
        return Long.valueOf(1).equals(stored);
    }

    @Override
    public void delete() throws RoomLogException {
        deleted = true;
        redis.call(jedis -> jedis.del(keys.events(room), keys.sequence(room), keys.settings(room),
                keys.retention(room), keys.members(room), keys.readers(room)) + jedis.srem(keys.rooms(), room));
        close();
    }

    /** Tells the room that {@code draft}, which {@link #append} accepted, will never be committed. */
    void refuse(EventDraft draft, RoomLogException why) {
        try {
            subscription.listener().refused(draft, why);
        } catch (RuntimeException e) {
            // the room's own failure: nothing more to tell
        }
    }

    /** The room was deleted: appends still queued for it are dropped. */
    boolean deleted() {
        return deleted;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            follower.remove(subscription);
            log.closed(this);
        }
    }

    private void openOrThrow() throws RoomLogException {
        if (closed) {
            throw new RoomLogException(Messages.get("closed"));
        }
    }

    private List<RoomEvent> decode(List<StreamEntry> entries) {
        List<RoomEvent> events = new ArrayList<>(entries.size());
        entries.forEach(entry -> events.add(EventCodec.decode(room, entry)));
        return events;
    }

    private static void positive(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
    }
}
