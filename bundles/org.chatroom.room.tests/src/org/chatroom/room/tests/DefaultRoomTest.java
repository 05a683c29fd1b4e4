package org.chatroom.room.tests;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests that each need a fresh room with the default limits, open for the test and closed after it. */
abstract class DefaultRoomTest {

    RoomFixture room;

    @BeforeEach
    void openRoom() throws Exception {
        room = new RoomFixture(RoomFixture.PRODUCT_DEFAULTS);
    }

    @AfterEach
    void closeRoom() throws Exception {
        room.close();
    }
}
