package org.chatroom.room.tests;

import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawOriginalClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.log.RoomLog;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.log.memory.internal.MemoryRoomLog;
import org.chatroom.room.internal.RoomAccess;
import org.chatroom.room.internal.RoomConfig;
import org.chatroom.room.internal.RoomLimits;
import org.chatroom.room.internal.RoomPolicy;
import org.chatroom.room.internal.RoomServer;
import org.osgi.service.log.LoggerFactory;
import org.chatroom.testing.ConfigDefaults;
import org.chatroom.testing.Services;

/**
 * A real room on the real TCP transport (from DS), on a free loopback port, with its own room log (a fresh memory log
 * unless a test gives another), plus the clients a test opened.
 */
final class RoomFixture implements AutoCloseable {

    /** The product's limits: what the room component builds from a configuration that sets none. */
    static final RoomLimits PRODUCT_DEFAULTS = RoomLimits.of(ConfigDefaults.of(RoomConfig.class));


    /** Generous limits for tests that are about something else than limits. */
    static final RoomLimits UNLIMITED = new RoomLimits(4096, 8 << 20, 0, 40, 32);

    final RoomServer server;
    final InetSocketAddress address;
    final RoomLog log;
    private final List<AutoCloseable> clients = new ArrayList<>();

    RoomFixture(RoomLimits limits) throws Exception {
        this(limits, RoomAccess.open());
    }

    RoomFixture(RoomLimits limits, RoomAccess access) throws Exception {
        this(limits, RoomPolicy.DEFAULT, access, new MemoryRoomLog(1000));
    }

    RoomFixture(RoomLimits limits, RoomPolicy policy, RoomAccess access, RoomLog log) throws Exception {
        this(Services.get(ServerTransport.class, "(" + ServerTransport.TYPE + "=tcp)"), limits, policy, access, log);
    }

    /** A room on {@code transport}, as configured by the test (the others take the TCP transport's defaults). */
    RoomFixture(ServerTransport transport, RoomLimits limits, RoomPolicy policy, RoomAccess access, RoomLog log)
            throws Exception {
        LoggerFactory logs = Services.get(LoggerFactory.class, "");
        this.log = log;
        server = RoomServer.open(transport, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), log, limits,
                policy, access, logs.getLogger("org.chatroom.room.tests"));
        address = server.status().address();
    }

    RawOriginalClient original(String name) throws IOException {
        return keep(RawOriginalClient.join(address, name));
    }

    RawOriginalClient originalUnjoined() throws IOException {
        return keep(RawOriginalClient.connect(address));
    }

    RawExtendedClient extended(String name) throws Exception {
        return keep(RawExtendedClient.join(address, name));
    }

    RawExtendedClient extendedUnjoined() throws IOException {
        return keep(RawExtendedClient.connect(address));
    }

    <T extends AutoCloseable> T keep(T client) {
        synchronized (clients) {
            clients.add(client);
        }
        return client;
    }

    @Override
    public void close() throws Exception {
        server.stop("test over");
        synchronized (clients) {
            for (AutoCloseable client : clients) {
                client.close();
            }
        }
    }
}
