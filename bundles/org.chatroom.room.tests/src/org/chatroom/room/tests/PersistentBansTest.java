package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawOriginalClient;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.chatroom.api.room.RoomHost;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.room.internal.BanLocation;
import org.chatroom.room.internal.RoomHostComponent;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The host's bans outlive the room service: with the room bundle stopped and started again (as at the next start of
 * the application), banned names and addresses are still refused, a ban lifted stays lifted, and a line the host
 * added to the ban file meanwhile counts.
 */
class PersistentBansTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String MARKER = "(test.room=persistent-bans)";

    @Test
    void bansAreKeptInTheRunsOwnDataFolderNotTheSharedConfigurationArea() {
        BundleContext context = FrameworkUtil.getBundle(RoomHostComponent.class).getBundleContext();
        String area = context.getProperty("osgi.instance.area");
        assertTrue(area != null && area.startsWith("file:"), "tycho-surefire runs with -data: " + area);
        Path file = BanLocation.of(context);
        assertTrue(file.startsWith(Path.of(java.net.URI.create(area.replace(" ", "%20")))), file.toString());
        assertFalse(file.startsWith(context.getDataFile("").toPath()), "not in the configuration area: " + file);
    }

    @Test
    void bansOutliveARestartOfTheRoomService() {
        assertTimeoutPreemptively(BOUND, () -> {
            Bundle roomBundle = FrameworkUtil.getBundle(RoomHostComponent.class);
            Path file = BanLocation.of(roomBundle.getBundleContext());
            Configuration configuration = Services.get(ConfigurationAdmin.class, "").getConfiguration(RoomHost.PID,
                    "?");
            ServiceTracker<RoomHost, RoomHost> hosts = Services.track(RoomHost.class, MARKER);
            try {
                Dictionary<String, Object> properties = new Hashtable<>();
                properties.put(RoomHost.PORT, 0);
                properties.put(RoomHost.BIND_ADDRESS, "127.0.0.1");
                properties.put("test.room", "persistent-bans");
                configuration.update(properties);
                RoomHost host = Services.awaitOther(hosts, null);
                host.ban("troll", "spam");
                host.ban("127.0.0.3", "");
                assertEquals(List.of("troll", "127.0.0.3"), entries(file), "each ban is written as it is made");

                restart(roomBundle, () -> Files.writeString(file, "bad-guy\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND));
                RoomHost again = Services.awaitOther(hosts, host);
                assertEquals(List.of("troll", "127.0.0.3", "bad-guy"), again.bans());
                InetSocketAddress room = new InetSocketAddress("127.0.0.1", again.start().address().getPort());
                for (String banned : List.of("Troll", "bad-guy")) {
                    try (RawOriginalClient client = RawOriginalClient.connect(room)) {
                        client.send(banned);
                        client.expect("That name is banned in this room, choose another one. "
                                + OriginalProtocol.PROMPT);
                    }
                }
                try (RawOriginalClient client = RawOriginalClient.connectFrom(room, InetAddress.getByName("127.0.0.3"))) {
                    assertEquals("You are banned from this room.", client.readToEnd());
                }

                assertTrue(again.unban("TROLL"));
                assertTrue(again.unban("127.0.0.3"));
                assertTrue(again.unban("bad-guy"));
                restart(roomBundle, () -> { });
                RoomHost third = Services.awaitOther(hosts, again);
                assertEquals(List.of(), third.bans(), "lifted bans stay lifted");
                room = new InetSocketAddress("127.0.0.1", third.start().address().getPort());
                try (RawOriginalClient troll = RawOriginalClient.join(room, "troll")) {
                    troll.send("{quit}");
                }
                third.stop("test over");
            } finally {
                configuration.delete();
                try {
                    Services.awaitNone(hosts, "the deletion of the configuration reached the component");
                } finally {
                    hosts.close();
                }
            }
        });
    }

    /** What meanwhile {@code duringStop} does to the stopped bundle's files. */
    private interface WhileStopped {
        void run() throws Exception;
    }

    private static void restart(Bundle bundle, WhileStopped duringStop) throws Exception {
        bundle.stop();
        duringStop.run();
        bundle.start();
    }

    private static List<String> entries(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }
}
