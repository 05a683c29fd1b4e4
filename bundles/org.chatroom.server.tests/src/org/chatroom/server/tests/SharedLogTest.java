package org.chatroom.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.chatroom.server.internal.ServerArguments;
import org.chatroom.server.internal.SharedLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chatroom-server --redis FILE}: the Redis room log's settings for a node of a cluster. */
class SharedLogTest {

    @TempDir
    Path folder;

    @Test
    void theRedisOptionChoosesTheSharedLogUnlessTheRunChoseAnother() {
        ServerArguments node = ServerArguments.parse("--redis", "/etc/chatroom-server/redis.properties");
        assertEquals("/etc/chatroom-server/redis.properties", node.redisFile());
        assertEquals("(chat.roomlog=redis)", node.hostSettings("").options().get("roomlog.target"));
        ServerArguments own = ServerArguments.parse("--redis", "f", "--set", "roomlog.target=(chat.roomlog=other)");
        assertEquals("(chat.roomlog=other)", own.hostSettings("").options().get("roomlog.target"));
        ServerArguments alone = ServerArguments.parse("--port", "0");
        assertNull(alone.redisFile());
        assertFalse(alone.hostSettings("").options().containsKey("roomlog.target"), "the configured log stays");
    }

    @Test
    void theSettingsAreReadButAPasswordInThemIsRefused() throws Exception {
        Path file = folder.resolve("redis.properties");
        Files.writeString(file, "# the cluster's Redis\naddress = 10.0.0.5:6379\npassword.file=/etc/redis-pw\n");
        assertEquals(Map.of("address", "10.0.0.5:6379", "password.file", "/etc/redis-pw"), SharedLog.read(file));

        Files.writeString(file, "address=10.0.0.5:6379\npassword=hunter2\n");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SharedLog.read(file));
        assertTrue(refused.getMessage().contains("password.file"), refused.getMessage());
        assertFalse(refused.getMessage().contains("hunter2"), "the password is never repeated");

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> SharedLog.read(folder.resolve("none.properties")));
        assertTrue(missing.getMessage().contains("none.properties"), missing.getMessage());
    }
}
