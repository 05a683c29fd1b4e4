package org.chatroom.log.redis.internal;

import java.util.List;
import java.util.Objects;

import redis.clients.jedis.Jedis;

/**
 * The server-wide bans of the cluster in Redis (a list, in the order they were banned), the mark that the cluster has
 * a list (set by the first seed or change: from then on an empty list is the truth, not a list to seed), and the
 * counter every change of a ban raises (also a room's, whose bans are in its settings), which each node's heartbeat
 * watches.
 */
final class SharedBans {

    private final RoomKeys keys;
    private String seen = "0"; // heartbeat thread only: the counter at the last check

    SharedBans(RoomKeys keys) {
        this.keys = keys;
    }

    /**
     * Makes {@code saved} the list when the cluster never had one (no mark, no list: a list an earlier version kept
     * counts as had), atomically; @return the cluster's list
     */
    static final String SEED = """
            if redis.call('EXISTS', KEYS[1]) == 0 and redis.call('EXISTS', KEYS[2]) == 0 then
              if #ARGV == 0 then return {} end
              for i = 1, #ARGV do
                if not redis.call('LPOS', KEYS[2], ARGV[i]) then redis.call('RPUSH', KEYS[2], ARGV[i]) end
              end
              redis.call('INCR', KEYS[3])
            end
            redis.call('SET', KEYS[1], '1')
            return redis.call('LRANGE', KEYS[2], 0, -1)
            """;

    List<String> read(Jedis jedis) {
        return jedis.lrange(keys.bans(), 0, -1);
    }

    @SuppressWarnings("unchecked")
    List<String> seed(Jedis jedis, List<String> saved) {
        return (List<String>) jedis.eval(SEED, List.of(keys.bansKept(), keys.bans(), keys.bansVersion()), saved);
    }

    /** Adds {@code entry} at the end unless it is in the list, and raises the counter. */
    void add(Jedis jedis, String entry) {
        if (jedis.lpos(keys.bans(), entry) == null) {
            jedis.rpush(keys.bans(), entry);
        }
        kept(jedis);
        changed(jedis);
    }

    /** Removes {@code entry} from the list and raises the counter. */
    void remove(Jedis jedis, String entry) {
        jedis.lrem(keys.bans(), 0, entry);
        kept(jedis);
        changed(jedis);
    }

    private void kept(Jedis jedis) {
        jedis.set(keys.bansKept(), "1");
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
