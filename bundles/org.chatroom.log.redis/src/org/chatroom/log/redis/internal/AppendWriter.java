package org.chatroom.log.redis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.RoomLogException;
import org.osgi.service.log.Logger;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The node's one writer of events: {@link #append} only queues (it never waits for Redis, so the room's lock is not
 * held over a round trip), and the writer's thread sends whatever accumulated while its previous round was in flight
 * as the next round ({@link AppendRound}: one pipeline, one script call per room, one round trip). The events reach
 * the rooms' listeners through the follower once Redis has them, like every other node's.
 *
 * <p>When a round fails because Redis cannot be reached, the writer keeps the round and sends it again (the same
 * token: nothing twice) until Redis answers; meanwhile new appends are refused with the reason, so senders get a
 * clear error and nothing accepted is dropped. Appends are also refused when more than
 * {@link RedisLogConfig#append_queue()} wait. An append the writer accepted and then cannot log (Redis refused its
 * room's script, or the round failed unexpectedly) is refused to its room afterwards, which tells its sender.
 */
final class AppendWriter implements Runnable {

    private static final Pending STOP = new Pending(null, null);

    private final RedisAccess redis;
    private final RoomKeys keys;
    private final String node;
    private final RedisLogConfig config;
    private final Logger logger;
    private final Backoff backoff;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    /** Appends accepted and not yet answered by Redis (queued or in the round in flight). */
    private final AtomicInteger waiting = new AtomicInteger();
    private final Thread thread;
    /** Why appends are refused now; null while Redis takes them. */
    private volatile RoomLogException refusal;
    private volatile boolean running = true;
    private Jedis connection;
    private long rounds;

    AppendWriter(RedisAccess redis, RoomKeys keys, String node, RedisLogConfig config, Logger logger) {
        this.redis = redis;
        this.keys = keys;
        this.node = node;
        this.config = config;
        this.logger = logger;
        this.backoff = new Backoff(config.retry_max_millis());
        this.thread = new Thread(this, "chatroom-redis-writer-" + node);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code draft} for {@code stream}'s room; refused while Redis is unreachable or too many wait. */
    void append(RedisRoomStream stream, EventDraft draft) throws RoomLogException {
        if (!running) {
            throw new RoomLogException(Messages.get("closed"));
        }
        RoomLogException down = refusal;
        if (down != null) {
            throw new RoomLogException(down.getMessage(), down.getCause());
        }
        if (waiting.incrementAndGet() > config.append_queue()) {
            waiting.decrementAndGet();
            throw new RoomLogException(Messages.get("overloaded", config.append_queue()));
        }
        queue.add(new Pending(stream, draft));
    }

    /** Sends what is queued, then ends the thread; waits for it at most {@code waitMillis}. */
    void stop(long waitMillis) {
        running = false;
        queue.add(STOP);
        try {
            thread.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        backoff.cancel();
        int lost = waiting.get();
        if (lost > 0) {
            logger.error("Stopped with {} events Redis did not take; they are not logged", lost);
        }
    }

    @Override
    public void run() {
        List<Pending> batch = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, config.append_batch() - 1);
            stop = batch.remove(STOP);
            if (!batch.isEmpty()) {
                write(new AppendRound(batch, node + ":" + ++rounds));
                waiting.addAndGet(-batch.size());
            }
            batch.clear();
            stop |= !running && queue.isEmpty();
        }
        disconnect();
    }

    /** Sends {@code round} until Redis took it (or the writer was cancelled while Redis is away). */
    private void write(AppendRound round) {
        while (round.dropDeleted()) {
            try {
                round.send(connected(), keys, node, config, logger);
                if (refusal != null) {
                    refusal = null;
                    logger.info(Messages.get("write.up", redis.address()));
                }
                backoff.reset();
                return;
            } catch (JedisException e) {
                disconnect();
                if (refusal == null) {
                    logger.warn(Messages.get("write.down", redis.address(), e.getMessage()));
                }
                refusal = redis.refusal(e);
                if (!backoff.pause()) {
                    return;
                }
            } catch (RuntimeException e) {
                logger.error("Appending a round failed; the events Redis did not take are refused to their senders",
                        e);
                disconnect();
                settle(round, new RoomLogException(Messages.get("failed", e), e));
                return;
            }
        }
    }

    /**
     * Refuses the appends of {@code round} that Redis did not take, asking it until it answers (or the writer is
     * cancelled while Redis is away: then all of them, as nothing more can be known).
     */
    private void settle(AppendRound round, RoomLogException why) {
        while (true) {
            try {
                round.settle(connected(), keys, node, why);
                return;
            } catch (JedisException e) {
                disconnect();
                if (!backoff.pause()) {
                    round.refuseAll(why);
                    return;
                }
            } catch (RuntimeException e) {
                logger.error("Could not ask Redis which events of a failed round it took; all are refused", e);
                disconnect();
                round.refuseAll(why);
                return;
            }
        }
    }

    private Jedis connected() {
        if (connection == null) {
            Jedis jedis = redis.connection();
            try {
                jedis.scriptLoad(Scripts.APPEND.text());
            } catch (JedisException e) {
                jedis.close();
                throw e;
            }
            connection = jedis;
        }
        return connection;
    }

    private void disconnect() {
        Jedis jedis = connection;
        connection = null;
        RedisAccess.closeQuietly(jedis);
    }
}
