package org.chatroom.log.redis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.chatroom.api.log.RoomLogException;
import org.osgi.service.log.Logger;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Follows the streams of a node's open rooms with one blocking {@code XREAD} on a connection and thread of its own,
 * and delivers their entries to the rooms' listeners. When Redis is unreachable it retries with back-off and resumes
 * after the last delivered entry of each room: what it missed arrives in order, nothing twice. Opening a room writes
 * to the node's wake stream, which the same {@code XREAD} watches, so the new room is read at once.
 *
 * <p>Before it delivers entries the follower records in Redis how far it has read ({@link Scripts#READ}), for all rooms
 * of a round in one pipeline (one round trip, whatever the number of rooms), and renews that record, when due, in a
 * round trip before its blocking {@code XREAD}: retention trims only what every live node has read, so a burst larger
 * than a room's retention still reaches every node's listeners whole. Recording and {@link #remove} take turns: once
 * a room is removed, no recording in flight can write its position back.
 */
final class Follower implements Runnable {

    private static final int WAKE_TTL_SECONDS = 86_400;

    private final RedisAccess redis;
    private final RoomKeys keys;
    private final String node;
    private final RedisLogConfig config;
    private final long readerTtl;
    private final String wakeKey;
    private final XReadParams read;
    private final Logger logger;
    private final Backoff backoff;
    private final Map<String, Subscription> byKey = new ConcurrentHashMap<>();
    /** Held while positions are recorded and while a room is removed (see {@link #remove}). */
    private final ReentrantLock recording = new ReentrantLock();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Jedis connection;
    private StreamEntryID wakeSeen = new StreamEntryID(0, 0);
    private boolean down;

    Follower(RedisAccess redis, RoomKeys keys, String node, RedisLogConfig config, Logger logger) {
        this.redis = redis;
        this.keys = keys;
        this.node = node;
        this.config = config;
        this.readerTtl = readerTtlMillis(config);
        this.wakeKey = keys.wake(node);
        this.read = XReadParams.xReadParams().block(config.block_millis()).count(config.read_batch());
        this.logger = logger;
        this.backoff = new Backoff(config.retry_max_millis());
        this.thread = new Thread(this, "chatroom-redis-follower-" + node);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Follows one more room from its {@link Subscription#delivered()} on. */
    void add(Subscription subscription) throws RoomLogException {
        byKey.put(subscription.key(), subscription);
        try {
            redis.call(jedis -> {
                jedis.xadd(wakeKey, XAddParams.xAddParams().maxLen(1), Map.of("w", "1"));
                return jedis.expire(wakeKey, WAKE_TTL_SECONDS);
            });
        } catch (RoomLogException e) {
            byKey.remove(subscription.key(), subscription);
            throw e;
        }
    }

    /**
     * Stops following the room and withdraws this node's read position, so it no longer holds back trimming. Waits
     * for a recording in flight (one round trip at most), which could otherwise write the position back after it was
     * withdrawn and hold back trimming until it expires.
     */
    void remove(Subscription subscription) {
        recording.lock();
        try {
            byKey.remove(subscription.key(), subscription);
            redis.call(jedis -> jedis.hdel(keys.readers(subscription.room()), node));
        } catch (RoomLogException e) {
            // the position expires by itself
        } finally {
            recording.unlock();
        }
    }

    /**
     * How long a node's read position holds back trimming without being renewed: the node expiry, and at least three
     * blocking reads, since the position is renewed between reads.
     */
    static long readerTtlMillis(RedisLogConfig config) {
        return Math.max(config.node_expiry_millis(), 3L * config.block_millis());
    }

    /** Stops following; waits (bounded) for the thread to end, and removes the wake stream if Redis answers. */
    void stop(long waitMillis) {
        running = false;
        backoff.cancel();
        disconnect();
        try {
            thread.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            redis.call(jedis -> jedis.del(wakeKey));
        } catch (RoomLogException e) {
            // it expires by itself
        }
    }

    @Override
    public void run() {
        while (running) {
            try {
                Jedis jedis = connected();
                List<Map.Entry<String, List<StreamEntry>>> got = recordAndRead(jedis);
                if (got != null) {
                    recordBeforeDelivering(jedis, got);
                    got.forEach(stream -> dispatch(stream.getKey(), stream.getValue()));
                }
            } catch (JedisException e) {
                disconnect();
                if (!running) {
                    break;
                }
                if (!down) {
                    down = true;
                    logger.warn(Messages.get("follow.down", redis.address(), e.getMessage()));
                }
                backoff.pause();
            } catch (RuntimeException e) {
                // a bug or foreign data must not end the following of every room: said, then tried again
                logger.error("Following the rooms failed", e);
                disconnect();
                backoff.pause();
            }
        }
        disconnect();
    }

    private Jedis connected() {
        Jedis jedis = connection;
        if (jedis == null) {
            jedis = redis.dedicated();
            connection = jedis;
            jedis.scriptLoad(Scripts.READ.text());
            checkNothingLost(jedis);
            byKey.values().forEach(Subscription::positionStale);
            if (down) {
                down = false;
                logger.info(Messages.get("follow.up", redis.address()));
            }
            backoff.reset();
        }
        return jedis;
    }

    /** A Redis that holds fewer events than were delivered lost acknowledged writes: said loudly, never hidden. */
    private void checkNothingLost(Jedis jedis) {
        for (Subscription subscription : byKey.values()) {
            String stored = jedis.get(keys.sequence(subscription.room()));
            long last = stored == null ? 0 : Long.parseLong(stored);
            if (last < subscription.delivered()) {
                logger.error(Messages.get("lost", subscription.room(), last, subscription.delivered()));
            }
        }
    }

    private Map<String, StreamEntryID> positions() {
        Map<String, StreamEntryID> positions = new LinkedHashMap<>();
        positions.put(wakeKey, wakeSeen);
        byKey.values().forEach(s -> positions.put(s.key(), EventCodec.id(s.delivered())));
        return positions;
    }

    /**
     * Renews the positions not renewed for a while, in one round trip of their own when any is due (every third of
     * their expiry), then waits for entries with the blocking {@code XREAD}.
     */
    private List<Map.Entry<String, List<StreamEntry>>> recordAndRead(Jedis jedis) {
        renewDue(jedis);
        return jedis.xread(read, positions());
    }

    private void renewDue(Jedis jedis) {
        long now = System.nanoTime();
        long renewNanos = TimeUnit.MILLISECONDS.toNanos(readerTtl / 3);
        recording.lock();
        try {
            List<Subscription> due = byKey.values().stream()
                    .filter(subscription -> now - subscription.positionRecordedAt() > renewNanos).toList();
            if (due.isEmpty()) {
                return;
            }
            Map<Subscription, Response<Object>> recorded = new LinkedHashMap<>();
            try (Pipeline pipeline = jedis.pipelined()) {
                due.forEach(subscription -> record(pipeline, subscription, subscription.delivered(), now, recorded));
                pipeline.sync();
            }
            checkRecorded(jedis, recorded);
        } finally {
            recording.unlock();
        }
    }

    /**
     * Records, for every room that got entries, that the node has read them, in one round trip for all rooms before
     * they are delivered: the entries are in memory now, and a failure here reads them again.
     */
    private void recordBeforeDelivering(Jedis jedis, List<Map.Entry<String, List<StreamEntry>>> got) {
        long now = System.nanoTime();
        recording.lock();
        try {
            Map<Subscription, Response<Object>> recorded = new LinkedHashMap<>();
            try (Pipeline pipeline = jedis.pipelined()) {
                for (Map.Entry<String, List<StreamEntry>> stream : got) {
                    Subscription subscription = byKey.get(stream.getKey());
                    List<StreamEntry> entries = stream.getValue();
                    if (subscription != null && !entries.isEmpty()) {
                        long newest = EventCodec.sequence(entries.get(entries.size() - 1).getID());
                        record(pipeline, subscription, Math.max(newest, subscription.delivered()), now, recorded);
                    }
                }
                pipeline.sync();
            }
            checkRecorded(jedis, recorded);
        } finally {
            recording.unlock();
        }
    }

    private void record(Pipeline pipeline, Subscription subscription, long seq, long now,
            Map<Subscription, Response<Object>> recorded) {
        List<String> arguments = new ArrayList<>(Scripts.limits(config));
        arguments.addAll(List.of(node, Long.toString(seq), Long.toString(readerTtl)));
        recorded.put(subscription, pipeline.evalsha(Scripts.READ.sha(), keys.scriptKeys(subscription.room()),
                arguments));
        subscription.positionRecorded(now);
    }

    private void checkRecorded(Jedis jedis, Map<Subscription, Response<Object>> recorded) {
        recorded.forEach((subscription, answer) -> {
            try {
                answer.get();
            } catch (JedisDataException e) {
                subscription.positionStale();
                if (e instanceof JedisNoScriptException) {
                    jedis.scriptLoad(Scripts.READ.text());
                } else {
                    logger.warn("Recording the read position in room {} failed: {}", subscription.room(),
                            e.getMessage());
                }
            }
        });
    }

    private void dispatch(String key, List<StreamEntry> entries) {
        if (key.equals(wakeKey)) {
            if (!entries.isEmpty()) {
                wakeSeen = entries.get(entries.size() - 1).getID();
            }
            return;
        }
        Subscription subscription = byKey.get(key);
        if (subscription != null && !entries.isEmpty()) {
            subscription.deliver(entries);
        }
    }

    private void disconnect() {
        Jedis jedis = connection;
        connection = null;
        RedisAccess.closeQuietly(jedis);
    }
}
