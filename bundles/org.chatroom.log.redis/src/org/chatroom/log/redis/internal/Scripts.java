package org.chatroom.log.redis.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.chatroom.api.log.EventDraft;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * The Lua scripts of the log. A script runs atomically on Redis and reaches the AOF as one MULTI/EXEC, so the counter
 * and the stream never disagree, also after a crash of Redis: sequence numbers have no gap.
 *
 * <p>Retention never removes an entry a live node has not read yet: each node that follows a room keeps its read
 * position in the room's readers hash ({@code node -> "seq expiresAt"}, times from Redis's own clock), and trimming
 * stops above the lowest live position. A reader whose expiry passed (its node died or was cut off) no longer holds
 * trimming back; such a node reports the gap when it comes back.
 *
 * <p>Keys of the append, trim and read scripts: 1 the room's counter, 2 its stream, 3 its retention hash, 4 its readers
 * hash (and for the append 5 the appending node's round token). Arguments: 1 now (epoch ms), 2 default most events, 3 default oldest age (ms), then for the append the entry's
 * fields and values, for the read the node, the sequence number it has read and its expiry (ms).
 */
final class Scripts {

    /** How long a room keeps a node's newest round token (the node re-sends a round only while it runs). */
    static final long ROUND_TOKEN_TTL_MILLIS = 86_400_000L;

    /** Oldest entries one trim looks at for their age; the next append or trim goes on. */
    static final int AGE_SCAN = 256;

    private static final String CLOCK = """
            local function redisMillis()
              local t = redis.call('TIME')
              return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            end
            local function reader(seq, ttl)
              return seq .. ' ' .. string.format('%.0f', redisMillis() + tonumber(ttl))
            end
            """;

    private static final String TRIM = CLOCK + """
            local function lowestReader()
              local lowest = nil
              local now = redisMillis()
              local all = redis.call('HGETALL', KEYS[4])
              for i = 1, #all, 2 do
                local seq, expires = string.match(all[i + 1], '^(%%d+) (%%d+)$')
                if seq == nil or tonumber(expires) < now then
                  redis.call('HDEL', KEYS[4], all[i])
                elseif lowest == nil or tonumber(seq) < lowest then
                  lowest = tonumber(seq)
                end
              end
              return lowest
            end
            local function trim()
              local limits = redis.call('HMGET', KEYS[3], 'maxEvents', 'maxAgeMillis')
              local maxEvents = tonumber(limits[1] or ARGV[2])
              local maxAge = tonumber(limits[2] or ARGV[3])
              local lowest = lowestReader()
              local function cut(first)
                if lowest ~= nil and lowest + 1 < first then first = lowest + 1 end
                if first <= 1 then return 0 end
                return redis.call('XTRIM', KEYS[2], 'MINID', string.format('%%.0f', first) .. '-0')
              end
              local removed = 0
              if maxEvents > 0 then
                local last = tonumber(redis.call('GET', KEYS[1]) or '0')
                removed = removed + cut(last - maxEvents + 1)
              end
              if maxAge > 0 then
                local cutoff = tonumber(ARGV[1]) - maxAge
                local oldest = redis.call('XRANGE', KEYS[2], '-', '+', 'COUNT', %d)
                local keep = nil
                for _, entry in ipairs(oldest) do
                  if tonumber(entry[2][2]) >= cutoff then keep = entry[1]; break end
                end
                if keep == nil and #oldest > 0 then keep = oldest[#oldest][1] end
                if keep ~= nil then removed = removed + cut(tonumber(string.match(keep, '^(%%d+)'))) end
              end
              return removed
            end
            """.formatted(AGE_SCAN);

    /**
     * Gives each event of the round the next sequence number, adds it as entry {@code seq-0}, trims; returns the last
     * number. Key 5 holds the token of the appending node's newest round in this room: a round sent again after a
     * broken connection (its answer lost) is recognised and not appended twice. Arguments from 4: the node's round
     * token (empty: no token kept), the number of stream fields and values per event, then the events' fields and
     * values.
     */
    static final Scripts APPEND = new Scripts(TRIM + """
            if ARGV[4] ~= '' then
              if redis.call('GET', KEYS[5]) == ARGV[4] then return -1 end
              redis.call('SET', KEYS[5], ARGV[4], 'PX', %d)
            end
            local per = tonumber(ARGV[5])
            local seq = 0
            for i = 6, #ARGV, per do
              seq = redis.call('INCR', KEYS[1])
              redis.call('XADD', KEYS[2], seq .. '-0', unpack(ARGV, i, i + per - 1))
            end
            trim()
            return seq
            """.formatted(ROUND_TOKEN_TTL_MILLIS));

    /** Applies the retention now; returns how many entries it removed (0: nothing more to trim). */
    static final Scripts TRIM_NOW = new Scripts(TRIM + "return trim()\n");

    /** Records how far a node has read (and renews its expiry), then trims what that frees; returns the removed. */
    static final Scripts READ = new Scripts(TRIM + """
            redis.call('HSET', KEYS[4], ARGV[4], reader(ARGV[5], ARGV[6]))
            return trim()
            """);

    /**
     * Keys 1 the room's counter, 2 its readers hash; arguments 1 the node, 2 its expiry (ms). Registers the node as a
     * reader at the room's newest event and returns that event's sequence number, in one step: nothing appended
     * after it can be trimmed before the node read it.
     */
    static final Scripts OPEN = new Scripts(CLOCK + """
            local seq = redis.call('GET', KEYS[1]) or '0'
            redis.call('HSET', KEYS[2], ARGV[1], reader(seq, ARGV[2]))
            return seq
            """);

    /** The arguments of {@link #APPEND}: the limits, {@code token}, then each draft's fields. */
    /**
     * Stores settings as of an event (key: the room's settings hash; arguments: the marker field, the event's sequence
     * number, then field and value pairs, an empty value removing the field) unless the marker holds a later event.
     * Returns 1 when stored, 0 when not.
     */
    static final Scripts SETTINGS_AT = new Scripts("""
            local kept = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
            if kept >= tonumber(ARGV[2]) then return 0 end
            for i = 3, #ARGV, 2 do
              if ARGV[i + 1] == '' then redis.call('HDEL', KEYS[1], ARGV[i])
              else redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
            end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            return 1
            """);

    static List<String> appendArguments(RedisLogConfig config, String token, List<EventDraft> drafts) {
        List<String> arguments = new ArrayList<>(limits(config));
        arguments.add(token);
        arguments.add(Integer.toString(EventCodec.FIELD_COUNT));
        drafts.forEach(draft -> arguments.addAll(EventCodec.fields(draft)));
        return arguments;
    }

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

    /** The script's SHA-1 digest, for EVALSHA in a pipeline. */
    String sha() {
        return sha;
    }

    /** The script's text, for SCRIPT LOAD. */
    String text() {
        return text;
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
