package org.chatroom.room.tests;

import org.chatroom.testing.RawRoomClient;

import org.junit.jupiter.api.AfterEach;

/** A test of protocol 2 against a {@link RoomFixture} the test opens; closed after each test. */
abstract class RoomsTestBase {

    RoomFixture room;

    @AfterEach
    void closeRoom() throws Exception {
        if (room != null) {
            room.close();
        }
    }

    RawRoomClient client(String name) throws Exception {
        return room.keep(RawRoomClient.join(room.address, name));
    }
}
