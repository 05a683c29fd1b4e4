package org.chatroom.log.redis.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.ClusterPresence;
import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomLogException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.SetParams;

/**
 * Cluster presence on the same Redis as the room log: a hash of claimed names (name to node), a hash of members per
 * room, and per node the set of its names and of its room memberships. Each node renews its key {@code alive} every
 * {@code heartbeat.millis} with an expiry of {@code node.expiry.millis}, and looks for nodes whose key expired: the
 * first to lock such a node removes its names and members and appends their LEAVE events to the rooms.
 */
@Component(service = ClusterPresence.class, property = RoomLog.TYPE + "=redis",
        configurationPid = RedisLogConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class RedisPresence implements ClusterPresence {

    private static final String SEPARATOR = "\n";

    private final RedisLogConfig config;
    private final Logger logger;
    private final RoomKeys keys;
    private final RedisAccess redis;
    private final String node = UUID.randomUUID().toString();
    private final ScheduledExecutorService heartbeat;
    /** No reaping before this time (nanoTime): after this node could not beat, the others may not have either. */
    private long reapAfter; // heartbeat thread only
    private boolean beatFailed; // heartbeat thread only

    @Activate
    public RedisPresence(@Reference(service = LoggerFactory.class) Logger logger, RedisLogConfig config) {
        this.config = config;
        this.logger = logger;
        this.keys = new RoomKeys(config.key_prefix());
        this.redis = new RedisAccess(config);
        this.reapAfter = System.nanoTime();
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "chatroom-redis-heartbeat-" + node);
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, 0, config.heartbeat_millis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the heartbeat only: what this node still holds is removed by the others once it expires. */
    @Deactivate
    void deactivate() throws InterruptedException {
        heartbeat.shutdownNow();
        heartbeat.awaitTermination(config.timeout_millis(), TimeUnit.MILLISECONDS);
        redis.close();
    }

    @Override
    public boolean claim(String name) throws RoomLogException {
        return redis.call(jedis -> {
            if (jedis.hsetnx(keys.names(), name, node) == 0 && !node.equals(jedis.hget(keys.names(), name))) {
                return false;
            }
            jedis.sadd(keys.nodeNames(node), name);
            return true;
        });
    }

    @Override
    public void release(String name) throws RoomLogException {
        redis.call(jedis -> {
            if (node.equals(jedis.hget(keys.names(), name))) {
                jedis.hdel(keys.names(), name);
            }
            return jedis.srem(keys.nodeNames(node), name);
        });
    }

    @Override
    public void entered(String room, String name) throws RoomLogException {
        redis.call(jedis -> {
            jedis.hset(keys.members(room), name, node);
            return jedis.sadd(keys.nodeMembers(node), room + SEPARATOR + name);
        });
    }

    @Override
    public void left(String room, String name) throws RoomLogException {
        redis.call(jedis -> {
            if (node.equals(jedis.hget(keys.members(room), name))) {
                jedis.hdel(keys.members(room), name);
            }
            return jedis.srem(keys.nodeMembers(node), room + SEPARATOR + name);
        });
    }

    @Override
    public Set<String> members(String room) throws RoomLogException {
        return Set.copyOf(redis.call(jedis -> jedis.hkeys(keys.members(room))));
    }

    /**
     * Renews this node's key and removes the nodes whose key expired; but right after Redis was unreachable (or
     * restarted) from here, it gives the others one expiry time to beat again first: they were probably cut off too,
     * and are alive.
     */
    private void beat() {
        try {
            redis.call(jedis -> {
                jedis.sadd(keys.nodes(), node);
                jedis.psetex(keys.alive(node), config.node_expiry_millis(), "1");
                if (beatFailed) {
                    beatFailed = false;
                    reapAfter = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(config.node_expiry_millis());
                }
                if (System.nanoTime() - reapAfter < 0) {
                    return null;
                }
                for (String other : jedis.smembers(keys.nodes())) {
                    if (!other.equals(node) && !jedis.exists(keys.alive(other))) {
                        reap(jedis, other);
                    }
                }
                return null;
            });
        } catch (RoomLogException | RuntimeException e) {
            beatFailed = true;
            logger.debug("Heartbeat failed: {}", e.getMessage());
        }
    }

    /** Removes what the expired node {@code dead} held, once in the cluster (a lock), saying so in the rooms. */
    private void reap(Jedis jedis, String dead) {
        if (!"OK".equals(jedis.set(keys.reaping(dead), node,
                SetParams.setParams().nx().px(config.node_expiry_millis())))) {
            return;
        }
        // names first: once a room says the member left, the name may be taken again
        for (String name : jedis.smembers(keys.nodeNames(dead))) {
            if (dead.equals(jedis.hget(keys.names(), name))) {
                jedis.hdel(keys.names(), name);
            }
        }
        List<String> removed = new ArrayList<>();
        for (String entry : jedis.smembers(keys.nodeMembers(dead))) {
            String room = entry.substring(0, entry.indexOf(SEPARATOR));
            String name = entry.substring(entry.indexOf(SEPARATOR) + 1);
            if (dead.equals(jedis.hget(keys.members(room), name))) {
                jedis.hdel(keys.members(room), name);
                EventDraft leave = new EventDraft(Instant.now(), EventKind.LEAVE, name, Messages.get("node.lost"));
                Scripts.APPEND.run(jedis, keys.appendKeys(room, dead),
                        Scripts.appendArguments(config, "", List.of(leave)));
                removed.add(name + " (" + room + ")");
            }
        }
        jedis.del(keys.nodeMembers(dead), keys.nodeNames(dead));
        jedis.srem(keys.nodes(), dead);
        logger.info("Server {} stopped answering; removed its members {}", dead, removed);
    }

}
