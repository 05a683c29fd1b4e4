package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.chatroom.api.room.RoomHost;
import org.chatroom.room.internal.RoomConfig;
import org.chatroom.testing.ConfigurationMetatype;
import org.junit.jupiter.api.Test;

/**
 * What an administrator's configuration tool shows for the room (through the Metatype Service) is what the room
 * reads: every property of {@link RoomConfig} with its Java default, nothing more, the password masked; and those
 * defaults are the numbers PROTOCOL.md promises.
 */
class RoomMetatypeTest {

    /** PROTOCOL.md, sections 5 and 6: the room's defaults as the spec states them. */
    private static final Map<String, String> SPEC = Map.of("port", "53000", "max.message.bytes", "4096",
            "max.queued.bytes", "1048576", "rate.per.second", "20", "rate.burst", "40", "handshake.timeout.seconds",
            "60", "password.attempts", "3");

    @Test
    void metatypeOfTheRoomPidMatchesRoomConfig() throws Exception {
        assertEquals(List.of(), ConfigurationMetatype.differences(RoomConfig.class, RoomHost.PID, Set.of(".password")));
    }

    @Test
    void theRoomsDefaultsAreTheNumbersOfTheSpec() throws Exception {
        Map<String, String> described = ConfigurationMetatype.defaults(RoomConfig.class, RoomHost.PID);
        Map<String, String> differences = new TreeMap<>();
        SPEC.forEach((key, spec) -> {
            String value = described.get(key);
            if (value == null || new BigDecimal(value).compareTo(new BigDecimal(spec)) != 0) {
                differences.put(key, value + " (PROTOCOL.md: " + spec + ")");
            }
        });
        assertEquals(Map.of(), differences, "metatype defaults that differ from the spec");
    }
}
