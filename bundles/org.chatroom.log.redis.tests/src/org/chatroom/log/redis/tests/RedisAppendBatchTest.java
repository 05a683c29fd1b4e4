package org.chatroom.log.redis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.args.ClientPauseMode;

/**
 * Appends go to Redis in rounds: an append only queues (it returns while Redis holds every write back), and what
 * accumulated while a round was in flight goes as the next round, one script call per room, not one per event. Too
 * many waiting appends are refused with a clear message.
 */
class RedisAppendBatchTest {

    private static final int EVENTS = 200;

    @RegisterExtension
    static final SharedRedis redis = new SharedRedis();

    @Test
    void appendsMadeWhileARoundIsInFlightGoToRedisTogether() throws Exception {
        Recorder heard = new Recorder();
        RoomStream room = redis.nodes().node("a").open("lobby", heard);
        try (Jedis admin = redis.admin()) {
            admin.configResetStat();
            admin.clientPause(10_000, ClientPauseMode.WRITE);
            try {
                for (int i = 0; i < EVENTS; i++) {
                    room.append(RedisRoomLogTest.message("ada", "line " + i)); // returns while Redis holds writes
                }
            } finally {
                admin.clientUnpause();
            }
            List<RoomEvent> events = heard.await(EVENTS, 20);
            Recorder.assertGapFree(events);
            for (int i = 0; i < EVENTS; i++) {
                assertEquals("line " + i, events.get(i).text());
            }
            long xadds = calls(admin, "xadd");
            long scripts = calls(admin, "evalsha") + calls(admin, "eval");
            assertEquals(EVENTS, xadds, "every event once");
            // one round waited for the pause, the next took all the rest; the follower's position records add a few
            assertTrue(scripts <= 10, scripts + " script calls for " + EVENTS + " appends");
        }
    }

    @Test
    void tooManyWaitingAppendsAreRefusedClearlyAndTheAcceptedOnesArrive() throws Exception {
        Recorder heard = new Recorder();
        RoomStream room = redis.nodes().node("a", Map.of("append.queue", 50)).open("lobby", heard);
        try (Jedis admin = redis.admin()) {
            admin.clientPause(10_000, ClientPauseMode.WRITE);
            RoomLogException refused;
            try {
                for (int i = 0; i < 50; i++) {
                    room.append(RedisRoomLogTest.message("ada", "line " + i));
                }
                refused = assertThrows(RoomLogException.class,
                        () -> room.append(RedisRoomLogTest.message("ada", "one too many")));
            } finally {
                admin.clientUnpause();
            }
            assertTrue(refused.getMessage().contains("50 events waiting"), refused.getMessage());
            List<RoomEvent> events = heard.await(50, 20);
            assertEquals("line 49", events.get(49).text());
            // the writer frees its places once it has read Redis's answer to the round, which may come a moment
            // after the follower (on its own connection) delivered the round's events
            RedisRoomLogTest.appendOnceAccepted(room, "ada", "later",
                    refusal -> refusal.getMessage().contains("events waiting"));
            assertEquals("later", heard.await(51, 20).get(50).text());
        }
    }

    /** How often Redis ran {@code command} since the statistics were reset (also inside scripts). */
    private static long calls(Jedis admin, String command) {
        for (String line : admin.info("commandstats").split("\r?\n")) {
            if (line.startsWith("cmdstat_" + command + ":calls=")) {
                return Long.parseLong(line.substring(line.indexOf('=') + 1, line.indexOf(',')));
            }
        }
        return 0;
    }
}
