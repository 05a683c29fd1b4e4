package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.chatroom.api.room.RoomHost;
import org.chatroom.room.internal.RoomConfig;
import org.chatroom.testing.ConfigurationMetatype;
import org.junit.jupiter.api.Test;

/**
 * What an administrator's configuration tool shows for the room (through the Metatype Service) is what the room
 * reads: every property of {@link RoomConfig} with its Java default, nothing more, the password masked.
 */
class RoomMetatypeTest {

    @Test
    void metatypeOfTheRoomPidMatchesRoomConfig() throws Exception {
        assertEquals(List.of(), ConfigurationMetatype.differences(RoomConfig.class, RoomHost.PID, Set.of(".password")));
    }
}
