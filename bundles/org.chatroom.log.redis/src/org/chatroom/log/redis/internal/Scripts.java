package org.chatroom.log.redis.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * The Lua scripts of the log. A script runs atomically on Redis and reaches the AOF as one MULTI/EXEC, so the counter
 * and the stream never disagree, also after a crash of Redis: sequence numbers have no gap.
 *
 * <p>Keys of both scripts: 1 the room's counter, 2 its stream, 3 its retention hash. Arguments: 1 now (epoch ms),
 * 2 default most events, 3 default oldest age (ms), then for the append the entry's fields and values.
 */
final class Scripts {

    /** Oldest entries one trim looks at for their age; the next append or trim goes on. */
    static final int AGE_SCAN = 256;

    private static final String TRIM = """
            local function trim()
              local limits = redis.call('HMGET', KEYS[3], 'maxEvents', 'maxAgeMillis')
              local maxEvents = tonumber(limits[1] or ARGV[2])
              local maxAge = tonumber(limits[2] or ARGV[3])
              local removed = 0
              if maxEvents > 0 then
                removed = removed + redis.call('XTRIM', KEYS[2], 'MAXLEN', maxEvents)
              end
              if maxAge > 0 then
                local cutoff = tonumber(ARGV[1]) - maxAge
                local oldest = redis.call('XRANGE', KEYS[2], '-', '+', 'COUNT', %d)
                local keep = nil
                for _, entry in ipairs(oldest) do
                  if tonumber(entry[2][2]) >= cutoff then keep = entry[1]; break end
                end
                if keep == nil and #oldest > 0 then keep = oldest[#oldest][1] end
                if keep ~= nil then removed = removed + redis.call('XTRIM', KEYS[2], 'MINID', keep) end
              end
              return removed
            end
            """.formatted(AGE_SCAN);

    /** Gives the event the next sequence number, adds it as entry {@code seq-0}, trims; returns the number. */
    static final Scripts APPEND = new Scripts(TRIM + """
            local seq = redis.call('INCR', KEYS[1])
            redis.call('XADD', KEYS[2], seq .. '-0', unpack(ARGV, 4))
            trim()
            return seq
            """);

    /** Applies the retention now; returns how many entries it removed (0: nothing more to trim). */
    static final Scripts TRIM_NOW = new Scripts(TRIM + "return trim()\n");

    /** Arguments 1 to 3 of the scripts: now, and the configured retention for rooms without their own. */
    static List<String> limits(RedisLogConfig config) {
        return List.of(Long.toString(System.currentTimeMillis()), Long.toString(config.retention_max_events()),
                Long.toString(java.time.Duration.ofHours(config.retention_max_age_hours()).toMillis()));
    }

    private final String text;
    private final String sha;

    private Scripts(String text) {
        this.text = text;
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the script by its digest, sending its text only when Redis does not know it (first use, restart). */
    Object run(Jedis jedis, List<String> keys, List<String> arguments) {
        try {
            return jedis.evalsha(sha, keys, arguments);
        } catch (JedisNoScriptException e) {
            return jedis.eval(text, keys, arguments);
        }
    }
}
