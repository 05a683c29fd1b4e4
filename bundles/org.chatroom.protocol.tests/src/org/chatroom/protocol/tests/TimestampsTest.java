package org.chatroom.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.chatroom.protocol.Timestamps;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void formatIsUtcWithMilliseconds() {
        Instant time = Instant.parse("2026-11-25T11:48:03.123456Z");
        assertEquals("2026-11-25T11:48:03.123Z", Timestamps.format(time));
        assertEquals("2026-11-25T11:48:03.000Z", Timestamps.format(Instant.parse("2026-11-25T11:48:03Z")));
    }

    @Test
    void parseIsTheInverse() {
        Instant time = Timestamps.truncate(Instant.now());
        assertEquals(time, Timestamps.parse(Timestamps.format(time)));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("yesterday"));
    }
}
