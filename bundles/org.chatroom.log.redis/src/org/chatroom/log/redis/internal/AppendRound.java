package org.chatroom.log.redis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.RoomLogException;
import org.osgi.service.log.Logger;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * One round of the {@link AppendWriter}: the appends that accumulated while the previous round was in flight, grouped
 * by room in the order they were made, sent as one pipeline of {@link Scripts#APPEND} calls (one per room) and one
 * round trip. The round's token lets Redis recognise the round when it is sent again after a broken connection, so
 * an append is logged once whether or not its first answer arrived. An append the round cannot log is refused to its
 * room ({@link RedisRoomStream#refuse}), which tells its sender: nothing accepted is dropped without a word.
 */
final class AppendRound {

    private final String token;
    private final Map<RedisRoomStream, List<EventDraft>> byRoom = new LinkedHashMap<>();

    AppendRound(List<Pending> appends, String token) {
        this.token = token;
        for (Pending pending : appends) {
            byRoom.computeIfAbsent(pending.stream(), stream -> new ArrayList<>()).add(pending.draft());
        }
    }

    /** Leaves out the rooms deleted meanwhile (their appends would create the room's keys again). */
    boolean dropDeleted() {
        byRoom.keySet().removeIf(RedisRoomStream::deleted);
        return !byRoom.isEmpty();
    }

    /**
     * Sends the round and waits for its answers. A room whose script Redis refused (a data error: Redis out of
     * memory, a key of the wrong type) is reported to {@code logger}, its appends refused, and not sent again; a
     * broken connection, a script Redis no longer knows, or a Redis not serving yet ({@link RedisAccess#notReady}:
     * loading, busy with a script) is thrown, and the whole round may then be sent again.
     *
     * @throws redis.clients.jedis.exceptions.JedisException when the round must be sent again
     */
    void send(Jedis jedis, RoomKeys keys, String node, RedisLogConfig config, Logger logger) {
        Map<RedisRoomStream, Response<Object>> answers = new LinkedHashMap<>();
        try (Pipeline pipeline = jedis.pipelined()) {
            byRoom.forEach((stream, drafts) -> answers.put(stream, pipeline.evalsha(Scripts.APPEND.sha(),
                    keys.appendKeys(stream.room(), node), Scripts.appendArguments(config, token, drafts))));
            pipeline.sync();
        }
        Map<RedisRoomStream, JedisDataException> refused = new LinkedHashMap<>();
        answers.forEach((stream, answer) -> {
            try {
                answer.get();
            } catch (JedisDataException e) {
                if (e instanceof JedisNoScriptException || RedisAccess.notReady(e.getMessage())) {
                    throw e; // before any room is refused: the round goes again, whole
                }
                refused.put(stream, e);
            }
        });
        refused.forEach((stream, e) -> {
            logger.error("Redis refused {} events of room {}; they are not logged, their senders are told: {}",
                    byRoom.get(stream).size(), stream.room(), e.getMessage());
            refuse(stream, new RoomLogException(Messages.get("failed", e.getMessage()), e));
        });
    }

    /**
     * After the round failed in an unexpected way: asks Redis which rooms took it (their newest round token is this
     * round's) and refuses the appends of the others with {@code why}.
     *
     * @throws redis.clients.jedis.exceptions.JedisException when Redis cannot be asked; the question may be asked again
     */
    void settle(Jedis jedis, RoomKeys keys, String node, RoomLogException why) {
        Map<RedisRoomStream, String> tokens = new LinkedHashMap<>();
        byRoom.keySet().forEach(stream -> tokens.put(stream, jedis.get(keys.appended(stream.room(), node))));
        tokens.forEach((stream, newest) -> {
            if (!token.equals(newest)) {
                refuse(stream, why);
            }
        });
    }

    /** Refuses every append of the round with {@code why} (the writer stops and cannot ask Redis). */
    void refuseAll(RoomLogException why) {
        byRoom.keySet().forEach(stream -> refuse(stream, why));
    }

    private void refuse(RedisRoomStream stream, RoomLogException why) {
        byRoom.get(stream).forEach(draft -> stream.refuse(draft, why));
    }
}
