package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.RedisServer;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * A room log that cannot be read: the rooms on the Redis log of a real redis-server, which is stopped; a
 * {@code CHATHISTORY} request then gets {@code FAIL CHATHISTORY MESSAGE_ERROR}, the connection goes on, and once Redis
 * is back the history is there again.
 */
class ChatHistoryLogFailureTest {

    /** The Redis log's configuration PID (a factory configuration per log instance). */
    private static final String REDIS_LOG_PID = "org.chatroom.log.redis";

    @TempDir
    Path folder;

    @Test
    void anUnreadableLogGivesMessageErrorAndNothingElse() {
        assertTimeoutPreemptively(IrcRoomTest.BOUND, () -> {
            RedisServer redis = RedisServer.start(folder);
            String node = "irc-" + UUID.randomUUID();
            Configuration log = redisLog(redis, node);
            Map<String, Object> roomSettings = Map.of("rate.per.second", 0.0, "roomlog.target",
                    "(&(chat.roomlog=redis)(node=" + node + "))");
            try (IrcRoom room = new IrcRoom(roomSettings, Map.of())) {
                Conversation talk = Conversation.start(room, "d", 2);
                String channel = talk.channel();
                RawIrcClient ada = talk.ada();

                redis.stop();
                ada.send("CHATHISTORY LATEST " + channel + " * 5");
                String failed = ada.await(" FAIL CHATHISTORY ");
                assertTrue(failed.startsWith(":irc.test FAIL CHATHISTORY MESSAGE_ERROR LATEST " + channel + " :"),
                        failed);
                ada.send("PING still-here");
                ada.await(":irc.test PONG irc.test still-here");

                redis.restart();
                assertEquals(talk.texts(1, 2), Tagged.texts(readable(ada, channel)));
            } finally {
                log.delete();
                redis.close();
            }
        });
    }

    /** Asks for the latest history until the log answers (Redis may still be loading): at most 100 times. */
    private static List<Tagged> readable(RawIrcClient client, String channel) throws Exception {
        for (int i = 0; i < 100; i++) {
            client.send("CHATHISTORY LATEST " + channel + " * 5");
            String reply = client.await("( FAIL CHATHISTORY | BATCH \\+)");
            if (!reply.contains(" FAIL CHATHISTORY MESSAGE_ERROR ")) {
                return Tagged.batch(client, reply, "chathistory " + channel);
            }
        }
        throw new AssertionError("the history did not come back after Redis restarted");
    }

    /** A Redis log instance on {@code redis} with its own key prefix, selected by its {@code node} property. */
    private static Configuration redisLog(RedisServer redis, String node) throws Exception {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("address", redis.address());
        properties.put("password.file", redis.passwordFile().toString());
        properties.put("key.prefix", node + ":");
        properties.put("retry.max.millis", 200);
        properties.put("block.millis", 1_000);
        properties.put("timeout.millis", 1_000);
        properties.put("node", node);
        Configuration configuration = Services.get(ConfigurationAdmin.class, "")
                .getFactoryConfiguration(REDIS_LOG_PID, node, "?");
        configuration.update(properties);
        return configuration;
    }
}
