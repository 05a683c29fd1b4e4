package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chatroom.api.log.RoomStream;
import org.chatroom.log.memory.internal.MemoryRoomLog;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.room.internal.RoomAccess;
import org.chatroom.room.internal.RoomPolicy;
import org.chatroom.testing.RawRoomClient;
import org.junit.jupiter.api.Test;

/**
 * A room's bans as the room log keeps them, one setting per ban: those an earlier version kept as one list are still
 * applied, and move to settings of their own at the first edit, as do bans kept under an older key; edits outlive a
 * restart.
 */
class RoomBansStorageTest extends RoomsTestBase {

    private static final Duration BOUND = Duration.ofSeconds(60);

    @Test
    void bansKeptAsOneListByAnEarlierVersionHoldAndMoveToOneSettingEachAtTheFirstEdit() {
        assertTimeoutPreemptively(BOUND, () -> {
            MemoryRoomLog log = opsWith(Map.of("bans", "mal\n10.9.0.0/16")); // as versions before this one wrote them
            assertEquals(List.of("mal", "10.9.0.0/16"), room.server.admin().bans("ops"));
            refused("mal");

            assertTrue(room.server.admin().unban("ops", "10.9.0.0/16"));
            assertTrue(room.server.admin().ban("ops", "eve", "banned by host"));
            Map<String, String> settings = settingsAfterRestart(log);
            assertFalse(settings.containsKey("bans"), "the old list is gone: " + settings);
            assertEquals(2, settings.keySet().stream().filter(key -> key.startsWith("ban.")).count(), settings.toString());
            assertEquals(List.of("mal", "eve"), room.server.admin().bans("ops"), "in the order they were set");
        });
    }

    /**
     * A ban kept under the key an earlier folding gave ({@code ban.name dr.who}; {@code .} is {@code _} in keys now)
     * still bans, and lifting it, by either spelling, removes it from the log: it is not back after a restart.
     */
    @Test
    void aBanKeptUnderAnOldKeyIsLiftedForGood() {
        assertTimeoutPreemptively(BOUND, () -> {
            MemoryRoomLog log = opsWith(Map.of("ban.name dr.who", "1764500000000\tdr.who", // as the version before
                    "ban.name mal", "1764500000001\tmal")); // this one wrote them
            assertEquals(List.of("dr.who", "mal"), room.server.admin().bans("ops"));
            refused("dr_who");

            assertTrue(room.server.admin().unban("ops", "dr_who"));
            Map<String, String> settings = settingsAfterRestart(log);
            assertEquals(List.of("mal"), settings.entrySet().stream().filter(s -> s.getKey().startsWith("ban."))
                    .map(s -> s.getValue().substring(s.getValue().indexOf('\t') + 1)).toList(), settings.toString());
            assertEquals(List.of("mal"), room.server.admin().bans("ops"), "not back after a restart");
        });
    }

    /** A log whose room {@code ops} holds {@code settings}, and the room server started on it. */
    private MemoryRoomLog opsWith(Map<String, String> settings) throws Exception {
        MemoryRoomLog log = new MemoryRoomLog(1000);
        try (RoomStream ops = log.open("ops", event -> { })) {
            ops.setting("created", "2026-11-30T12:00:00Z");
            for (Map.Entry<String, String> setting : new TreeMap<>(settings).entrySet()) {
                ops.setting(setting.getKey(), setting.getValue());
            }
        }
        room = new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, RoomAccess.open(), log);
        return log;
    }

    private void refused(String name) throws Exception {
        RawRoomClient banned = client(name);
        banned.send("JOIN ops");
        banned.refused(ErrorCode.ROOM_BANNED);
    }

    /** Stops the room server, reads what the log keeps for {@code ops}, and starts the server again. */
    private Map<String, String> settingsAfterRestart(MemoryRoomLog log) throws Exception {
        room.close();
        Map<String, String> settings;
        try (RoomStream ops = log.open("ops", event -> { })) {
            settings = ops.settings();
        }
        room = new RoomFixture(RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, RoomAccess.open(), log);
        return settings;
    }
}
