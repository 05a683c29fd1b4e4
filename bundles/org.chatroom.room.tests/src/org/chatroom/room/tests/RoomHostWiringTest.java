package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.TimeUnit;

import org.chatroom.api.room.RoomHost;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Fails when the DS component XML of the room bundle was not generated at build time. */
class RoomHostWiringTest {

    @Test
    void roomHostIsRegisteredByDeclarativeServices() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<RoomHost, RoomHost> tracker = new ServiceTracker<>(context, RoomHost.class, null);
        tracker.open();
        try {
            RoomHost host = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
            assertNotNull(host, "no RoomHost service: is OSGI-INF/*.xml missing from org.chatroom.room?");
            assertFalse(host.status().hosting(), "a fresh room must not be hosting");
        } finally {
            tracker.close();
        }
    }
}
