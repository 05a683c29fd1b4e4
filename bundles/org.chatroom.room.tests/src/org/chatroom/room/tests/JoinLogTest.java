package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.log.memory.internal.MemoryRoomLog;
import org.chatroom.room.internal.RoomPolicy;
import org.chatroom.testing.RawExtendedClient;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.RoomEventListener;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.room.internal.Bans;
import org.chatroom.room.internal.Password;
import org.chatroom.room.internal.RoomAccess;
import org.chatroom.room.internal.RoomServer;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.Logger;

/** The room's log says "joined as" only for members who joined, not for a connection the room closed instead. */
class JoinLogTest {

    @Test
    void aConnectionClosedAtItsJoinIsNotLoggedAsJoined() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            BlockingQueue<String> log = new LinkedBlockingQueue<>();
            Logger logger = loggingTo(log);
            Bans bans = new Bans();
            ServerTransport transport = Services.get(ServerTransport.class, "(" + ServerTransport.TYPE + "=tcp)");
            RoomServer server = RoomServer.open(transport, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    new MemoryRoomLog(10), RoomFixture.UNLIMITED, RoomPolicy.DEFAULT, new RoomAccess(Password.NONE, bans, RoomAccess.DEFAULT_HANDSHAKE_TIMEOUT),
                    logger);
            try {
                InetSocketAddress room = server.status().address();
                try (RawExtendedClient mallory = RawExtendedClient.connect(room, InetAddress.getByName("127.0.0.2"))) {
                    bans.add("127.0.0.2"); // banned after connecting, before choosing a name
                    mallory.send("NICK mallory");
                    mallory.readToEnd();
                }
                try (RawExtendedClient ada = RawExtendedClient.connect(room, InetAddress.getByName("127.0.0.3"))) {
                    ada.send("NICK ada");
                    assertEquals("ada", ada.expect(ServerEvent.Welcome.class).name());
                    String line;
                    do {
                        line = log.poll(10, TimeUnit.SECONDS);
                        assertTrue(line != null, "ada's join was logged");
                        assertTrue(!line.contains("mallory"), "logged: " + line);
                    } while (!(line.contains("joined as") && line.contains("ada")));
                }
                assertEquals(List.of(), server.status().members().stream().filter("mallory"::equals).toList());
            } finally {
                server.stop("test over");
            }
        });
    }

    /**
     * The rooms opened at a start are logged by their names: the keys they are compared by were logged ("randorn",
     * "rnusic" for random and music: look-alike letters folded).
     */
    @Test
    void theRoomsOpenedAtAStartAreLoggedByTheirNames() throws Exception {
        MemoryRoomLog roomLog = new MemoryRoomLog(10);
        for (String room : List.of("random", "Music")) {
            roomLog.open(room, (RoomEventListener) Proxy.newProxyInstance(RoomEventListener.class.getClassLoader(),
                    new Class<?>[] { RoomEventListener.class }, (proxy, method, args) -> null)).close();
        }
        assertEquals(Set.of("random", "Music"), roomLog.rooms(), "the rooms a run before made");
        BlockingQueue<String> log = new LinkedBlockingQueue<>();
        RoomServer server = RoomServer.open(Services.get(ServerTransport.class, "(" + ServerTransport.TYPE + "=tcp)"),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), roomLog, RoomFixture.UNLIMITED,
                RoomPolicy.DEFAULT, new RoomAccess(Password.NONE, new Bans(), RoomAccess.DEFAULT_HANDSHAKE_TIMEOUT),
                loggingTo(log));
        try {
            List<String> rooms = log.stream().filter(line -> line.startsWith("rooms (")).toList();
            assertEquals(List.of("rooms ({}): {} [3, [general, Music, random]]"), rooms, "logged: " + log);
        } finally {
            server.stop("test over");
        }
    }

    /** A logger that adds each line to {@code log}: its format, then its arguments. */
    private static Logger loggingTo(BlockingQueue<String> log) {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] { Logger.class },
                (proxy, method, args) -> {
                    if (args != null && args.length > 0 && args[0] instanceof String format) {
                        log.add(format + " " + Arrays.deepToString(Arrays.copyOfRange(args, 1, args.length)));
                    }
                    return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
                });
    }
}
