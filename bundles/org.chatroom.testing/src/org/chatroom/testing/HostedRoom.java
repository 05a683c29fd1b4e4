package org.chatroom.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.chatroom.api.room.RoomHost;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/** Our room, from Declarative Services, configured through Configuration Admin on a free loopback port. */
public final class HostedRoom implements AutoCloseable {

    public final RoomHost host;
    public final int port;
    private final ServiceTracker<RoomHost, RoomHost> hosts;
    private final ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> admins;

    public HostedRoom() throws Exception {
        this(Map.of());
    }

    /** A room with extra configuration, e.g. {@code rate.per.second=0} to let test members flood. */
    public HostedRoom(Map<String, Object> settings) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(HostedRoom.class).getBundleContext();
        admins = new ServiceTracker<>(context, ConfigurationAdmin.class, null);
        admins.open();
        hosts = new ServiceTracker<>(context, RoomHost.class, null);
        hosts.open();
        ConfigurationAdmin admin = admins.waitForService(10_000);
        assertNotNull(admin, "no ConfigurationAdmin");
        port = freePort();
        Configuration configuration = admin.getConfiguration(RoomHost.PID, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(RoomHost.PORT, port);
        properties.put(RoomHost.BIND_ADDRESS, "127.0.0.1");
        settings.forEach(properties::put);
        configuration.update(properties);
        host = awaitConfiguredHost(context);
        host.start();
    }

    private RoomHost awaitConfiguredHost(BundleContext context) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<RoomHost> reference = hosts.getServiceReference();
            if (reference != null && String.valueOf(port).equals(String.valueOf(reference.getProperty(RoomHost.PORT)))) {
                return context.getService(reference);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the room did not get its configuration (port " + port + ") within 10 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        host.stop("test over");
        hosts.close();
        admins.close();
    }
}
