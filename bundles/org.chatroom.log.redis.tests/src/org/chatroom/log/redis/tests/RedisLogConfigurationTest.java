package org.chatroom.log.redis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chatroom.api.log.RoomLogException;
import org.chatroom.log.redis.internal.RedisLogConfig;
import org.chatroom.testing.ConfigurationMetatype;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log's configuration: its metatype, and a wrong Redis password refused with a clear message. */
class RedisLogConfigurationTest {

    @TempDir
    static Path folder;
    private static RedisServer redis;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisServer.start(folder);
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @Test
    void metatypeOfTheRedisLogPidMatchesItsConfig() throws Exception {
        assertEquals(List.of(), ConfigurationMetatype.differences(RedisLogConfig.class, RedisLogConfig.PID, Set.of()));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageNamingTheCredentialsNotThePassword() throws Exception {
        Path wrong = folder.resolve("wrong-password");
        Files.writeString(wrong, "not-" + RedisServer.PASSWORD + "\n");
        try (Nodes nodes = new Nodes(redis)) {
            RoomLogException refused = assertThrows(RoomLogException.class,
                    () -> nodes.node("a", Map.of("password.file", wrong.toString())).open("lobby", event -> { }));
            assertTrue(refused.getMessage().contains("credentials"), refused.getMessage());
            assertTrue(!refused.getMessage().contains(RedisServer.PASSWORD), refused.getMessage());
        }
    }
}
