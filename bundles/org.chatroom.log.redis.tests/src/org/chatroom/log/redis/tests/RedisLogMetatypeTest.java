package org.chatroom.log.redis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.chatroom.log.redis.internal.RedisLogConfig;
import org.chatroom.testing.ConfigurationMetatype;
import org.junit.jupiter.api.Test;

/** The Metatype Service describes the Redis log's PID with exactly the properties and defaults it reads. */
class RedisLogMetatypeTest {

    @Test
    void metatypeOfTheRedisLogPidMatchesItsConfig() throws Exception {
        assertEquals(List.of(), ConfigurationMetatype.differences(RedisLogConfig.class, RedisLogConfig.PID, Set.of()));
    }
}
