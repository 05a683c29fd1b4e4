package org.chatroom.log.redis.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.protocol.NameRules;

import redis.clients.jedis.Jedis;

/**
 * What the cluster presence holds for one node in Redis (its claimed names, its room memberships), removed at once
 * when the node stops or is found dead, and written again when a node that was removed while cut off from Redis comes
 * back. Each change of a room's members is also an event of the room (LEAVE, JOIN), so every node's rooms say so.
 */
final class NodeRecords {

    /** Between a room and a member's name in the node's set of memberships. */
    static final String SEPARATOR = "\n";

    private final RoomKeys keys;
    private final RedisLogConfig config;

    NodeRecords(RoomKeys keys, RedisLogConfig config) {
        this.keys = keys;
        this.config = config;
    }

    /**
     * Removes {@code node}'s names and members, appending a LEAVE with {@code reason} for each member; returns the
     * members removed, as {@code "name (room)"}.
     */
    List<String> remove(Jedis jedis, String node, String reason) {
        // names first: once a room says the member left, the name may be taken again
        for (String name : jedis.smembers(keys.nodeNames(node))) {
            if (node.equals(jedis.hget(keys.names(), name))) {
                jedis.hdel(keys.names(), name);
            }
        }
        List<String> removed = new ArrayList<>();
        for (String entry : jedis.smembers(keys.nodeMembers(node))) {
            String room = room(entry);
            String name = name(entry);
            if (node.equals(jedis.hget(keys.members(room), name))) {
                jedis.hdel(keys.members(room), name);
                appendNow(jedis, room, node, new EventDraft(Instant.now(), EventKind.LEAVE, name, reason));
                removed.add(name + " (" + room + ")");
            }
        }
        jedis.del(keys.nodeMembers(node), keys.nodeNames(node));
        jedis.srem(keys.nodes(), node);
        return removed;
    }

    /**
     * Writes again what {@code node} holds after it was removed: each name not taken meanwhile (claims compare folded
     * keys), and the memberships of those names, each with a JOIN event. Returns the names another node took meanwhile (not written: their members
     * are in no room of the cluster any more).
     */
    List<String> restore(Jedis jedis, String node, Set<String> names, Set<String> memberships) {
        List<String> taken = new ArrayList<>();
        Set<String> takenKeys = new HashSet<>();
        for (String name : names) {
            String key = NameRules.key(name);
            if (jedis.hsetnx(keys.names(), key, node) == 1 || node.equals(jedis.hget(keys.names(), key))) {
                jedis.sadd(keys.nodeNames(node), key);
            } else {
                taken.add(name);
                takenKeys.add(key);
            }
        }
        for (String entry : memberships) {
            String room = room(entry);
            String name = name(entry);
            if (!takenKeys.contains(NameRules.key(name)) && !node.equals(jedis.hget(keys.members(room), name))) {
                jedis.hset(keys.members(room), name, node);
                jedis.sadd(keys.nodeMembers(node), entry);
                appendNow(jedis, room, node, new EventDraft(Instant.now(), EventKind.JOIN, name, ""));
            }
        }
        return taken;
    }

    static String membership(String room, String name) {
        return room + SEPARATOR + name;
    }

    private void appendNow(Jedis jedis, String room, String node, EventDraft draft) {
        Scripts.APPEND.run(jedis, keys.appendKeys(room, node), Scripts.appendArguments(config, "", List.of(draft)));
    }

    private static String room(String entry) {
        return entry.substring(0, entry.indexOf(SEPARATOR));
    }

    private static String name(String entry) {
        return entry.substring(entry.indexOf(SEPARATOR) + 1);
    }
}
