package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.room.RoomHost;
import org.chatroom.testing.RawMember;
import org.chatroom.testing.RawRoomClient;
import org.chatroom.testing.Services;
import org.chatroom.ui.internal.app.QuitCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quitting, or stopping hosting, while this desktop hosts a room that others are in closes it for them: the user is
 * asked first (the window's preShutdown and Stop Hosting ask {@link QuitCheck}), and only then.
 */
class QuitCheckTest {

    @BeforeEach
    void asking() {
        assertEquals("false", System.getProperty(QuitCheck.ASK_PROPERTY), "the harness's setting (its pom)");
        System.setProperty(QuitCheck.ASK_PROPERTY, "true"); // the harness runs with false: it closes the window itself
    }

    @AfterEach
    void reset() throws Exception {
        System.setProperty(QuitCheck.ASK_PROPERTY, "false");
        Chat.reset();
    }

    @Test
    void quittingWhileOthersAreInTheHostedRoomAsksFirst() throws Exception {
        RoomHost room = Services.require(RoomHost.class, null);
        ChatClient client = Services.require(ChatClient.class, null);
        List<String> asked = new ArrayList<>();
        assertTrue(QuitCheck.mayQuit(room, client, asked::add), "not hosting: quits");
        assertEquals(List.of(), asked, "without asking");

        int port = Chat.host("hostess");
        Ui.until("the host in its room", () -> room.status().members().contains("hostess"),
                () -> room.status().members().toString());
        assertTrue(QuitCheck.mayQuit(room, client, asked::add), "hosting alone: quits");
        assertEquals(List.of(), asked, "without asking");

        try (RawMember bob = RawMember.join(port, "bob", Ui::until)) {
            Ui.until("bob in the room", () -> room.status().members().contains("bob"),
                    () -> room.status().members().toString());
            assertFalse(QuitCheck.mayQuit(room, client, question -> asked.add(question) && false),
                    "Cancel: the window stays");
            assertEquals(1, asked.size(), "asked once");
            assertTrue(asked.get(0).contains("with one other member connected (bob)") && asked.get(0).contains("Quit anyway?"),
                    asked.get(0));
            assertTrue(QuitCheck.mayQuit(room, client, question -> true), "Quit: quits");
            assertFalse(QuitCheck.mayStopHosting(room, client, question -> asked.add(question) && false),
                    "Stop Hosting asks too (it closed the room at once): Cancel, the room stays");
            assertTrue(asked.get(1).contains("with one other member connected (bob)") && asked.get(1).contains("Stop hosting"),
                    asked.get(1));
            asked.remove(1);
            System.setProperty(QuitCheck.ASK_PROPERTY, "false");
            assertTrue(QuitCheck.mayQuit(room, client, asked::add), "told not to ask: quits");
            assertEquals(1, asked.size(), "without asking");
        }
    }

    /**
     * Closing the host cuts off everyone on it, not only the default room's members: one in another room only and
     * one between rooms are asked about too, by name (the default room's members were the only ones counted).
     */
    @Test
    void membersOfEveryRoomAndOfNoneAreCounted() throws Exception {
        RoomHost room = Services.require(RoomHost.class, null);
        ChatClient client = Services.require(ChatClient.class, null);
        int port = Chat.host("hostess");
        String ops = "quit" + System.currentTimeMillis() % 100_000; // rooms last: the one of an earlier run is there
        room.createRoom(ops);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        try (RawRoomClient zoe = RawRoomClient.join(address, "zoe");
                RawRoomClient carl = RawRoomClient.join(address, "Carl");
                RawMember bob = RawMember.join(port, "bob", Ui::until)) {
            carl.joinRoom("JOIN " + ops);
            Ui.until("three others connected", () -> room.connected().size() == 4, () -> room.connected().toString());
            assertEquals(List.of("hostess", "bob"), room.status().members(), "the default room: the host and bob");
            List<String> asked = new ArrayList<>();
            assertFalse(QuitCheck.mayQuit(room, client, question -> asked.add(question) && false), "Cancel");
            String rooms = room.rooms().size() + " rooms"; // this one, the default room, any an earlier test created
            assertTrue(asked.get(0).contains("hosting " + rooms + " with 3 other members connected (bob, Carl, zoe)")
                    && asked.get(0).contains("closes the rooms for them"), asked.get(0));
        }
    }
}
