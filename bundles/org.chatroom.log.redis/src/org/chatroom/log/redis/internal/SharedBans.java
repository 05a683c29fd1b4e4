package org.chatroom.log.redis.internal;

import java.util.List;
import java.util.Objects;

import redis.clients.jedis.Jedis;

/**
 * The server-wide bans of the cluster in Redis (a list, in the order they were banned) and the counter every change of
 * a ban raises (also a room's, whose bans are in its settings), which each node's heartbeat watches.
 */
final class SharedBans {

    private final RoomKeys keys;
    private String seen = "0"; // heartbeat thread only: the counter at the last check

    SharedBans(RoomKeys keys) {
        this.keys = keys;
    }

    List<String> read(Jedis jedis) {
        return jedis.lrange(keys.bans(), 0, -1);
    }

    /** Adds {@code entry} at the end unless it is in the list, and raises the counter. */
    void add(Jedis jedis, String entry) {
        if (jedis.lpos(keys.bans(), entry) == null) {
            jedis.rpush(keys.bans(), entry);
        }
        changed(jedis);
    }

    /** Removes {@code entry} from the list and raises the counter. */
    void remove(Jedis jedis, String entry) {
        jedis.lrem(keys.bans(), 0, entry);
        changed(jedis);
    }

    void changed(Jedis jedis) {
        jedis.incr(keys.bansVersion());
    }

    /** Whether the counter moved since the last call (for the first call: whether any ban was ever changed). */
    boolean moved(Jedis jedis) {
        String now = Objects.requireNonNullElse(jedis.get(keys.bansVersion()), "0");
        boolean moved = !seen.equals(now);
        seen = now;
        return moved;
    }
}
