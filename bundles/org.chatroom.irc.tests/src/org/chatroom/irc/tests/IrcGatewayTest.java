package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chatroom.api.room.GatewayAddresses;
import org.chatroom.api.room.GatewaySettings;
import org.chatroom.api.room.RoomGateway;
import org.chatroom.irc.internal.IrcGatewayComponent;
import org.chatroom.room.password.PasswordHash;
import org.chatroom.testing.HostedRoom;
import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.RawOriginalClient;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The IRC listener as a {@link RoomGateway}, as the desktop's Host Room opens it: registered while the rooms run
 * (without any IRC configuration), listening only once opened, for that run, and closed with the rooms.
 */
class IrcGatewayTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String IRC = "(" + RoomGateway.PROTOCOL + "=irc)";

    /** No configuration of the listener: what a desktop has (a test before may have left one). */
    @BeforeEach
    void noIrcConfiguration() throws Exception {
        var configuration = Services.get(ConfigurationAdmin.class, "").getConfiguration(IrcGatewayComponent.PID, "?");
        if (configuration.getProperties() != null) {
            configuration.delete();
        }
        ServiceTracker<RoomGateway, RoomGateway> configured = Services.track(RoomGateway.class,
                "(service.pid=" + IrcGatewayComponent.PID + ")");
        try {
            Services.awaitNone(configured, "the listener goes back to waiting for a host without its configuration");
        } finally {
            configured.close();
        }
    }

    @Test
    void openedForARunItLetsIrcClientsIntoTheRoomsAndClosesWithThem() {
        assertTimeoutPreemptively(BOUND, () -> {
            ServiceTracker<RoomGateway, RoomGateway> gateways = Services.track(RoomGateway.class, IRC);
            try {
                HostedRoom room = new HostedRoom();
                RoomGateway gateway = gateways.waitForService(10_000);
                assertNotNull(gateway, "the gateway is there while the rooms run");
                assertEquals(Optional.empty(), gateway.addresses(), "closed until a host opens it");

                GatewayAddresses addresses = gateway.open(0, 0, "127.0.0.1");
                assertEquals("irc", addresses.protocol());
                assertEquals(Optional.empty(), addresses.tls(), "no TLS asked");
                assertEquals(Optional.of(addresses), gateway.addresses());
                assertEquals(addresses, gateway.open(0, 0, "127.0.0.1"), "opening again answers where it listens");
                InetSocketAddress irc = new InetSocketAddress("127.0.0.1", addresses.address().getPort());

                try (RawIrcClient bob = RawIrcClient.register(irc, "bob");
                        RawOriginalClient ann = RawOriginalClient.join(
                                new InetSocketAddress("127.0.0.1", room.port), "ann")) {
                    bob.send("JOIN #general");
                    bob.await(" 366 bob #general ");
                    IrcRoom.awaitText(ann, "bob joined the chat");
                    bob.send("PRIVMSG #general :hello from IRC");
                    IrcRoom.awaitText(ann, "bob: hello from IRC");
                    ann.send("hello from the original client");
                    assertTrue(bob.await("PRIVMSG #general").endsWith(" :hello from the original client"));

                    gateway.close();
                    List<String> last = bob.readToEnd();
                    assertTrue(last.stream().anyMatch(line -> line.startsWith("ERROR :")),
                            "closing tells its clients: " + last);
                    IrcRoom.awaitText(ann, "bob left the chat");
                    assertEquals(Optional.empty(), gateway.addresses());
                    assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", irc.getPort()).close(),
                            "closed, it no longer listens");
                }

                GatewayAddresses again = gateway.open(0, 0, "127.0.0.1");
                int port = again.address().getPort();
                try (RawIrcClient carl = RawIrcClient.register(new InetSocketAddress("127.0.0.1", port), "carl")) {
                    room.close(); // HostedRoom stops the room "test over"
                    assertEquals("ERROR :Closing Link: test over", carl.await("^ERROR "),
                            "IRC users are told the host's reason, as the room's other members are");
                }
                Services.awaitNone(gateways, "the gateway goes with the rooms");
                assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(),
                        "the rooms stopped, IRC no longer listens");
            } finally {
                gateways.close();
            }
        });
    }

    @Test
    void aTakenPortIsABindExceptionAndTheRoomRunsOn() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (HostedRoom room = new HostedRoom(); ServerSocket taken = new ServerSocket(0)) {
                RoomGateway gateway = Services.get(RoomGateway.class, IRC);
                assertThrows(BindException.class, () -> gateway.open(taken.getLocalPort(), 0, ""));
                assertEquals(Optional.empty(), gateway.addresses());
                assertTrue(room.host.status().hosting(), "the room is not harmed");
                GatewayAddresses addresses = gateway.open(0, 0, "127.0.0.1");
                assertEquals(addresses.address().getPort(), gateway.addresses().orElseThrow().address().getPort());
                try (RawIrcClient bob = RawIrcClient.register(
                        new InetSocketAddress("127.0.0.1", addresses.address().getPort()), "bob")) {
                    bob.send("PING :still");
                    assertTrue(bob.await("PONG").endsWith("still"));
                }
            }
        });
    }

    @Test
    void aHostsOptionsForTheRunGoOverTheDefaultsAndAMisspeltOneIsRefused() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (HostedRoom room = new HostedRoom()) {
                RoomGateway gateway = Services.get(RoomGateway.class, IRC);
                IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                        () -> gateway.open(new GatewaySettings(0, -1, "127.0.0.1", Map.of("netwrok", "Office"))));
                assertTrue(unknown.getMessage().contains("'netwrok'") && unknown.getMessage().contains("network"),
                        unknown.getMessage());
                IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                        () -> gateway.open(new GatewaySettings(0, -1, "127.0.0.1", Map.of("ping.seconds", "0"))));
                assertTrue(zero.getMessage().contains("ping.seconds=0"), zero.getMessage());
                IllegalArgumentException account = assertThrows(IllegalArgumentException.class,
                        () -> gateway.open(
                                new GatewaySettings(0, -1, "127.0.0.1", Map.of("operators", "root hunter2"))));
                assertTrue(account.getMessage().contains("operators"), account.getMessage());
                assertEquals(Optional.empty(), gateway.addresses(), "refused, it does not listen");

                String hash = PasswordHash.of("op-secret", 1000).encoded();
                GatewayAddresses addresses = gateway.open(new GatewaySettings(0, 0, "127.0.0.1",
                        Map.of("server.name", "irc.office.test", "network", "Office", "motd", "Hello office",
                                "operators", "ada " + hash + ", root " + hash)));
                assertTrue(addresses.tls().orElseThrow().getPort() > 0, "TLS port 0: a free one, as configured");
                try (RawIrcClient bob = RawIrcClient.connect(
                        new InetSocketAddress("127.0.0.1", addresses.address().getPort()))) {
                    bob.send("NICK bob");
                    bob.send("USER bob 0 * :Bob");
                    assertEquals(":irc.office.test 001 bob :Welcome to the Office Network, bob", bob.await(" 001 "));
                    assertEquals(":irc.office.test 372 bob :- Hello office", bob.await(" 372 "));
                    bob.send("OPER root op-secret");
                    assertTrue(bob.await(" 381 ").startsWith(":irc.office.test 381 bob :"),
                            "the second operator of the list");
                }
            }
        });
    }

    /**
     * Configured, the listener listens on the configuration's port as the rooms start, and a host opening it finds it
     * open there; a configured port another program has is logged, and the gateway stays for a host to open elsewhere
     * (it had been a failed component, and the host's IRC a second listener beside the configured one).
     */
    @Test
    void configuredItListensAtOnceAndAHostFindsItOpen() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
                configure(taken.getLocalPort());
                try (HostedRoom room = new HostedRoom()) {
                    RoomGateway gateway = Services.get(RoomGateway.class, configured(taken.getLocalPort()));
                    assertEquals(Optional.empty(), gateway.addresses(), "its port is taken: it does not listen");
                    GatewayAddresses elsewhere = gateway.open(0, 0, "127.0.0.1");
                    assertTrue(elsewhere.address().getPort() != taken.getLocalPort());
                }
            }
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            configure(port);
            try (HostedRoom room = new HostedRoom()) {
                RoomGateway gateway = Services.get(RoomGateway.class, configured(port));
                GatewayAddresses listening = gateway.addresses().orElseThrow();
                assertEquals(port, listening.address().getPort(), "listening as configured, before any host");
                assertEquals(listening, gateway.open(0, 0, "127.0.0.1"), "a host finds it open, where it listens");
                try (RawIrcClient bob = RawIrcClient.register(new InetSocketAddress("127.0.0.1", port), "bob")) {
                    bob.send("PING :configured");
                    assertTrue(bob.await("PONG").endsWith("configured"));
                }
            }
        });
    }

    /** The gateway with the configuration {@link #configure} made (not an earlier one SCR has yet to replace). */
    private static String configured(int port) {
        return "(&(service.pid=" + IrcGatewayComponent.PID + ")(port=" + port + "))";
    }

    private static void configure(int port) throws Exception {
        Services.get(ConfigurationAdmin.class, "").getConfiguration(IrcGatewayComponent.PID, "?")
                .update(new Hashtable<>(Map.of("port", port, "tls.port", -1, "bind.address", "127.0.0.1")));
    }

    @Test
    void portsOutOfRangeAreRefused() throws Exception {
        try (HostedRoom room = new HostedRoom()) {
            RoomGateway gateway = Services.get(RoomGateway.class, IRC);
            assertThrows(IllegalArgumentException.class, () -> gateway.open(70_000, 0, ""));
            assertThrows(IllegalArgumentException.class, () -> gateway.open(0, -1, ""));
            assertEquals(Optional.empty(), gateway.addresses());
        }
    }
}
