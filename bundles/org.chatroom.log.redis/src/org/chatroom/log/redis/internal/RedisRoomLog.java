package org.chatroom.log.redis.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.chatroom.api.log.LogUsage;
import org.chatroom.api.log.RoomEventListener;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The room log on Redis Streams ({@code chat.roomlog=redis}): one stream per room, shared by every server (node)
 * configured with the same Redis and key prefix. Redis gives each event its sequence number; each node follows the
 * streams of the rooms it opened and gives their events, its own and the other nodes', to the rooms' listeners in
 * that order. Starts only when configured (PID {@value RedisLogConfig#PID}, or factory configurations of it), and
 * does not need Redis to answer at start: until it does, opening and appending are refused with a clear message.
 * The service property {@code chat.cluster=true} tells the room that a {@link org.chatroom.api.log.ClusterPresence}
 * comes with it (the room waits for it).
 */
@Component(service = RoomLog.class, property = { RoomLog.TYPE + "=redis", "chat.cluster:Boolean=true" },
        configurationPid = RedisLogConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RedisLogConfig.class)
public class RedisRoomLog implements RoomLog {

    private final RedisLogConfig config;
    private final Logger logger;
    private final RoomKeys keys;
    private final RedisAccess redis;
    private final String node;
    private final Follower follower;
    private final AppendWriter writer;
    private final HistorySearch search;
    /** Open rooms by name; {@link #OPENING} while one is being opened. */
    private final Map<String, Object> open = new ConcurrentHashMap<>();
    private static final Object OPENING = new Object();

    @Activate
    public RedisRoomLog(@Reference(service = LoggerFactory.class) Logger logger, RedisLogConfig config) {
        this.config = config;
        this.logger = logger;
        this.keys = new RoomKeys(config.key_prefix());
        this.redis = new RedisAccess(config);
        this.search = new HistorySearch(config.search_scan_events());
        this.node = UUID.randomUUID().toString();
        this.follower = new Follower(redis, keys, node, config, logger);
        follower.start();
        this.writer = new AppendWriter(redis, keys, node, config, logger);
        logger.info("Room log on Redis at {} (keys {})", redis.address(), keys.describe());
    }

    @Deactivate
    void deactivate() {
        List.copyOf(open.values()).stream().filter(RedisRoomStream.class::isInstance)
                .forEach(stream -> ((RedisRoomStream) stream).close());
        writer.stop(config.timeout_millis());
        follower.stop(config.block_millis() + config.timeout_millis());
        redis.close();
    }

    @Override
    public RoomStream open(String room, RoomEventListener listener) throws RoomLogException {
        if (open.putIfAbsent(room, OPENING) != null) {
            throw new IllegalStateException("room " + room + " is already open");
        }
        try {
            // the counter first, with this node as a reader from there: an event committed meanwhile comes after it,
            // stays until the node read it, and reaches the listener
            long last = redis.call(jedis -> {
                jedis.sadd(keys.rooms(), room);
                Object stored = Scripts.OPEN.run(jedis, List.of(keys.sequence(room), keys.readers(room)),
                        List.of(node, Long.toString(Follower.readerTtlMillis(config))));
                return Long.parseLong(stored.toString());
            });
            Subscription subscription = new Subscription(room, keys.events(room), listener, last, logger);
            follower.add(subscription);
            RedisRoomStream stream = new RedisRoomStream(room, keys, redis, follower, subscription, this,
                    writer);
            open.put(room, stream);
            return stream;
        } catch (RoomLogException | RuntimeException e) {
            open.remove(room, OPENING);
            throw e;
        }
    }

    @Override
    public Set<String> rooms() throws RoomLogException {
        return Set.copyOf(redis.call(jedis -> jedis.smembers(keys.rooms())));
    }

    @Override
    public LogUsage usage() throws RoomLogException {
        return redis.call(jedis -> {
            Map<String, Long> events = new HashMap<>();
            long bytes = 0;
            for (String room : jedis.smembers(keys.rooms())) {
                events.put(room, jedis.xlen(keys.events(room)));
                Long used = jedis.memoryUsage(keys.events(room));
                bytes += used == null ? 0 : used;
            }
            return new LogUsage("redis://" + redis.address() + " " + keys.describe(), bytes, events);
        });
    }

    /** Arguments 1 to 3 of the scripts: now, and the configured retention for rooms without their own. */
    List<String> retentionArguments() {
        return Scripts.limits(config);
    }

    HistorySearch search() {
        return search;
    }

    void closed(RedisRoomStream stream) {
        open.remove(stream.room(), stream);
    }
}
