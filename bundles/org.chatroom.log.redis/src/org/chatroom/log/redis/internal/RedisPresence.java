package org.chatroom.log.redis.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.ClusterListener;
import org.chatroom.api.log.ClusterPresence;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.protocol.NameRules;
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
 * Cluster presence on the same Redis as the room log: a hash of claimed names (the name's folded key,
 * {@link NameRules#key}, to node: {@code Bob}, {@code bob} and their look-alikes are one claim), a hash of members per
 * room, and per node the set of its names and of its room memberships. Each node renews its key {@code alive} every
 * {@code heartbeat.millis} with an expiry of {@code node.expiry.millis}, and looks for nodes whose key expired: the
 * first to lock such a node removes its names and members and appends their LEAVE events to the rooms. The beat also
 * tells this node's {@link ClusterListener}s what the others changed: names this node's members lost while it was
 * cut off, and bans.
 */
@Component(service = ClusterPresence.class, property = RoomLog.TYPE + "=redis",
        configurationPid = RedisLogConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class RedisPresence implements ClusterPresence {

    private final RedisLogConfig config;
    private final Logger logger;
    private final RoomKeys keys;
    private final RedisAccess redis;
    private final NodeRecords records;
    private final SharedBans bans;
    private final List<ClusterListener> listeners = new CopyOnWriteArrayList<>();
    private final String node = UUID.randomUUID().toString();
    /** What this node holds, to write it again after other nodes removed it (see {@link #reRegister}). */
    private final Set<String> names = ConcurrentHashMap.newKeySet();
    private final Set<String> memberships = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat;
    /** No reaping before this time (nanoTime): after this node could not beat, the others may not have either. */
    private long reapAfter; // heartbeat thread only
    private boolean beatFailed; // heartbeat thread only
    /** Heartbeat thread only: when this node's key was last renewed (nanoTime), to tell a beat that waited long. */
    private long renewedAt;
    private boolean registered; // heartbeat thread only: this node's first beat is done
    /**
     * Heartbeat thread only: what a beat found, kept until a beat gets through whole (a beat broken half-way, or run
     * again by {@link RedisAccess#call} on a new connection, would otherwise forget it): this node was found removed
     * and must write itself again, names lost to other nodes, bans changed.
     */
    private boolean restoring;
    private final Set<String> lostNames = new java.util.HashSet<>();
    private boolean bansMoved;

    @Activate
    public RedisPresence(@Reference(service = LoggerFactory.class) Logger logger, RedisLogConfig config) {
        this.config = config;
        this.logger = logger;
        this.keys = new RoomKeys(config.key_prefix());
        this.redis = new RedisAccess(config);
        this.records = new NodeRecords(keys, config);
        this.bans = new SharedBans(keys);
        this.reapAfter = System.nanoTime();
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "chatroom-redis-heartbeat-" + node);
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, 0, config.heartbeat_millis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the heartbeat and gives up at once what this node holds (its names, its members, each with a LEAVE in its
     * room); when Redis does not answer, the others remove it once its heartbeat expired.
     */
    @Deactivate
    void deactivate() throws InterruptedException {
        heartbeat.shutdownNow();
        heartbeat.awaitTermination(config.timeout_millis(), TimeUnit.MILLISECONDS);
        try {
            List<String> removed = redis.call(jedis -> {
                List<String> members = records.remove(jedis, node, Messages.get("node.stopped"));
                jedis.del(keys.alive(node));
                return members;
            });
            logger.info("Stopped; released this server's names and members {}", removed);
        } catch (RoomLogException | RuntimeException e) {
            logger.warn("Stopped without releasing this server's names and members (the other servers remove them "
                    + "once its heartbeat expired): {}", e.getMessage());
        }
        redis.close();
    }

    @Override
    public boolean claim(String name) throws RoomLogException {
        String key = NameRules.key(name);
        return redis.call(jedis -> {
            if (jedis.hsetnx(keys.names(), key, node) == 0 && !node.equals(jedis.hget(keys.names(), key))) {
                return false;
            }
            jedis.sadd(keys.nodeNames(node), key);
            names.add(name);
            return true;
        });
    }

    @Override
    public void release(String name) throws RoomLogException {
        names.remove(name);
        String key = NameRules.key(name);
        redis.call(jedis -> {
            if (node.equals(jedis.hget(keys.names(), key))) {
                jedis.hdel(keys.names(), key);
            }
            return jedis.srem(keys.nodeNames(node), key);
        });
    }

    @Override
    public void entered(String room, String name) throws RoomLogException {
        redis.call(jedis -> {
            jedis.hset(keys.members(room), name, node);
            memberships.add(NodeRecords.membership(room, name));
            return jedis.sadd(keys.nodeMembers(node), NodeRecords.membership(room, name));
        });
    }

    @Override
    public void left(String room, String name) throws RoomLogException {
        memberships.remove(NodeRecords.membership(room, name));
        redis.call(jedis -> {
            if (node.equals(jedis.hget(keys.members(room), name))) {
                jedis.hdel(keys.members(room), name);
            }
            return jedis.srem(keys.nodeMembers(node), NodeRecords.membership(room, name));
        });
    }

    @Override
    public Set<String> members(String room) throws RoomLogException {
        return Set.copyOf(redis.call(jedis -> jedis.hkeys(keys.members(room))));
    }

    @Override
    public Set<String> othersMembers(String room) throws RoomLogException {
        Map<String, String> holders = redis.call(jedis -> jedis.hgetAll(keys.members(room)));
        Set<String> others = new HashSet<>();
        holders.forEach((name, holder) -> {
            if (!node.equals(holder)) {
                others.add(name);
            }
        });
        return others;
    }

    @Override
    public List<String> bans() throws RoomLogException {
        return List.copyOf(redis.call(bans::read));
    }

    @Override
    public List<String> seedBans(List<String> saved) throws RoomLogException {
        return List.copyOf(redis.call(jedis -> bans.seed(jedis, saved)));
    }

    @Override
    public void ban(String nameOrAddress) throws RoomLogException {
        redis.call(jedis -> {
            bans.add(jedis, nameOrAddress);
            return null;
        });
    }

    @Override
    public void unban(String nameOrAddress) throws RoomLogException {
        redis.call(jedis -> {
            bans.remove(jedis, nameOrAddress);
            return null;
        });
    }

    @Override
    public void bansChanged() throws RoomLogException {
        redis.call(jedis -> {
            bans.changed(jedis);
            return null;
        });
    }

    @Override
    public void watch(ClusterListener listener) {
        listeners.add(listener);
    }

    @Override
    public void unwatch(ClusterListener listener) {
        listeners.remove(listener);
    }

    /**
     * Renews this node's key and removes the nodes whose key expired; but right after Redis was unreachable (or
     * restarted) from here, or after a beat that waited more than half the expiry time for Redis (a stalled Redis,
     * a paused JVM) before the renewal or between it and the look at the others' keys, it gives the others one
     * expiry time to beat again first: they were probably cut off or held up too, and are alive. Then tells the
     * listeners what the others changed (outside the call: they may call Redis too).
     */
    private void beat() {
        try {
            redis.call(jedis -> {
                restoring |= jedis.sadd(keys.nodes(), node) == 1 && registered;
                jedis.psetex(keys.alive(node), config.node_expiry_millis(), "1");
                long now = System.nanoTime();
                long expiry = TimeUnit.MILLISECONDS.toNanos(config.node_expiry_millis());
                // a beat that waited more than half a node's life (Redis stood still, or this JVM did): the others'
                // beats waited too, and their keys may have expired meanwhile although they are alive
                boolean waited = registered && now - renewedAt > expiry / 2;
                renewedAt = now;
                if (restoring) {
                    lostNames.addAll(reRegister(jedis)); // writes again only what is not written yet
                    restoring = false;
                }
                registered = true;
                bansMoved |= bans.moved(jedis);
                if (beatFailed || waited) {
                    beatFailed = false;
                    reapAfter = now + expiry;
                }
                if (now - reapAfter < 0) {
                    return null;
                }
                List<String> expired = new ArrayList<>();
                for (String other : jedis.smembers(keys.nodes())) {
                    if (!other.equals(node) && !jedis.exists(keys.alive(other))) {
                        expired.add(other);
                    }
                }
                long looked = System.nanoTime();
                if (looked - now > expiry / 2) {
                    // Redis stood still (or this JVM did) after the renewal: what looks expired may have expired
                    // while the others' beats waited as this one did
                    reapAfter = looked + expiry;
                    return null;
                }
                for (String other : expired) {
                    reap(jedis, other);
                }
                return null;
            });
            News news = new News(Set.copyOf(lostNames), bansMoved);
            lostNames.clear();
            bansMoved = false;
            news.tell(listeners, logger);
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
        List<String> removed = records.remove(jedis, dead, Messages.get("node.lost"));
        logger.info("Server {} stopped answering; removed its members {}", dead, removed);
    }

    /**
     * This node was removed by another while it could not reach Redis: its members and names are written again,
     * except the names other nodes' members took meanwhile (the claim Redis holds wins), which are returned.
     */
    private Set<String> reRegister(Jedis jedis) {
        List<String> taken = records.restore(jedis, node, Set.copyOf(names), Set.copyOf(memberships));
        if (taken.isEmpty()) {
            logger.warn(Messages.get("presence.restored"));
        } else {
            logger.warn(Messages.get("presence.restored.taken", taken));
            taken.forEach(names::remove);
        }
        return Set.copyOf(taken);
    }

    /** What one heartbeat found for the listeners. */
    private record News(Set<String> lostNames, boolean bansChanged) {

        void tell(List<ClusterListener> listeners, Logger logger) {
            for (ClusterListener listener : listeners) {
                try {
                    if (!lostNames.isEmpty()) {
                        listener.namesLost(lostNames);
                    }
                    if (bansChanged) {
                        listener.bansChanged();
                    }
                } catch (RuntimeException e) {
                    logger.error("A cluster listener failed", e);
                }
            }
        }
    }
}
