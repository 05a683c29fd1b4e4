package org.chatroom.room.tests;

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

    RoomClient client(String name) throws Exception {
        return room.keep(RoomClient.join(room.address, name));
    }
}
