package org.chatroom.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.HostedRoom;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.testing.OriginalClient;
import org.chatroom.testing.RawExtendedClient;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.testing.RecordingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** Our client in our room: the extended protocol, next to an original Python client. */
@Timeout(90)
class OwnRoomTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    static Chunks joinOriginal(OriginalClient client, String name) {
        Chunks chunks = new Chunks(client);
        chunks.await("Please enter your name and press Enter", WAIT);
        client.send(name);
        chunks.await("Welcome to the chat " + name + ". Write {quit} to leave.", WAIT);
        return chunks;
    }

    @Test
    void extendedProtocolBringsMembersTimestampsAndCommands() throws Exception {
        try (HostedRoom room = new HostedRoom();
                ClientFixture fixture = new ClientFixture();
                OriginalClient bob = OriginalClient.start("127.0.0.1", room.port)) {
            Chunks bobSees = joinOriginal(bob, "bob");
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "alice"));
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            fixture.listener.awaitMembers(List.of("bob", "alice"), WAIT);
            assertFalse(fixture.listener.events().stream().anyMatch(e -> e.text().contains("original protocol")),
                    "our room speaks the extended protocol: no fallback");
            bobSees.await("alice joined the chat", WAIT);

            Instant before = Instant.now();
            bob.send("hi alice");
            ChatEvent hi = fixture.listener.awaitEvent(e -> e.kind() == Kind.MESSAGE && e.from().equals("bob"), WAIT);
            assertEquals("hi alice", hi.text());
            assertTrue(!hi.time().isBefore(before.minusSeconds(1)) && !hi.time().isAfter(Instant.now()),
                    "the server's timestamp: " + hi.time());

            assertTrue(fixture.client.send("hello bob"));
            bobSees.await("alice: hello bob", WAIT);
            assertTrue(fixture.client.send("/me waves"));
            bobSees.await("* alice waves", WAIT);
            fixture.listener.awaitEvent(e -> e.kind() == Kind.ACTION && e.text().equals("waves"), WAIT);
            assertTrue(fixture.client.send("/topic release on friday"));
            fixture.listener.awaitEvent(e -> e.kind() == Kind.TOPIC && e.text().equals("release on friday"), WAIT);
            assertTrue(fixture.client.send("/frobnicate"));
            fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR && e.text().contains("/frobnicate"), WAIT);

            bob.send("{quit}");
            fixture.listener.awaitEvent(e -> e.kind() == Kind.LEAVE && e.from().equals("bob"), WAIT);
            fixture.listener.awaitMembers(List.of("alice"), WAIT);
        }
    }

    @Test
    void aListenerRegisteredAfterADisconnectIsToldNoMembers() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "alice"));
            fixture.listener.awaitMembers(List.of("alice"), WAIT);
            fixture.client.disconnect();
            fixture.listener.awaitState(ConnectionState.DISCONNECTED, WAIT);
            RecordingListener late = new RecordingListener();
            ServiceRegistration<ChatListener> registration = FrameworkUtil.getBundle(OwnRoomTest.class)
                    .getBundleContext().registerService(ChatListener.class, late, null);
            try {
                late.awaitState(ConnectionState.DISCONNECTED, WAIT);
                long deadline = System.nanoTime() + WAIT.toNanos();
                synchronized (late) { // it is told the members right after the state
                    while (late.memberLists().isEmpty() && System.nanoTime() < deadline) {
                        late.wait(100);
                    }
                }
                // the console's next printer heard "members: alice" here, the last room's, while disconnected
                assertEquals(List.of(List.of()), late.memberLists(), "told where things stand: no members");
            } finally {
                registration.unregister();
            }
        }
    }

    /** What a program ending on a signal does (the desktop's and the console's shutdown hooks). */
    @Test
    void disconnectAndWaitLeavesWithAQuitAndReturnsOnceTheConnectionIsClosed() throws Exception {
        try (HostedRoom room = new HostedRoom();
                ClientFixture fixture = new ClientFixture();
                RawExtendedClient bob = RawExtendedClient.join(new InetSocketAddress("127.0.0.1", room.port), "bob")) {
            assertTrue(fixture.client.disconnectAndWait(WAIT), "not connected: nothing to wait for");
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "alice"));
            fixture.listener.awaitMembers(List.of("bob", "alice"), WAIT);
            assertTrue(fixture.client.disconnectAndWait(WAIT), "closed in time");
            assertEquals(ConnectionState.DISCONNECTED, fixture.client.state());
            ServerEvent event;
            do {
                event = bob.event();
            } while (!(event instanceof ServerEvent.Leave leave && leave.name().equals("alice")));
            assertEquals("quit", ((ServerEvent.Leave) event).reason(), "a leave, not a lost connection");
        }
    }

    @Test
    void aTakenNameIsRetriedWithASuffix() throws Exception {
        try (HostedRoom room = new HostedRoom();
                ClientFixture fixture = new ClientFixture();
                OriginalClient first = OriginalClient.start("127.0.0.1", room.port)) {
            Chunks firstSees = joinOriginal(first, "Alice");
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "alice"));
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            assertEquals("alice_2", fixture.client.nickname());
            fixture.listener.awaitEvent(e -> e.kind() == Kind.NOTICE
                    && e.text().equals("That name is taken. Trying the name alice_2."), WAIT); // no "choose another"
            firstSees.await("alice_2 joined the chat", WAIT);
        }
    }

    @Test
    void originalModeInOurRoomIsByteCompatible() throws Exception {
        try (HostedRoom room = new HostedRoom();
                ClientFixture fixture = new ClientFixture();
                OriginalClient bob = OriginalClient.start("127.0.0.1", room.port)) {
            Chunks bobSees = joinOriginal(bob, "bob");
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "carol", false, ProtocolMode.ORIGINAL,
                    WAIT));
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            bobSees.await("carol joined the chat", WAIT);
            assertTrue(fixture.client.send("plain text"));
            assertEquals("carol: plain text", bobSees.await("carol: plain text", WAIT));
            fixture.client.disconnect();
            bobSees.await("carol left the chat.", WAIT);
        }
    }

    @Test
    void reconnectsWithBackoffWhenTheRoomComesBack() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "dora", true, ProtocolMode.AUTO, WAIT));
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);

            room.host.stop("maintenance");
            fixture.listener.awaitEvent(e -> e.text().contains("maintenance"), WAIT);
            fixture.listener.awaitState(ConnectionState.RECONNECTING, WAIT);
            assertFalse(fixture.client.send("typed while away"), "not sent, and the caller is told so");

            // while the room is away, each failed attempt announces a longer wait: 1 s, 2 s, 4 s (+-20 % jitter)
            fixture.listener.awaitSequence(Duration.ofSeconds(30), ConnectionState.CONNECTED,
                    ConnectionState.RECONNECTING, ConnectionState.RECONNECTING, ConnectionState.RECONNECTING);
            List<Double> delays = reconnectDelays(fixture);
            assertEquals(3, delays.size(), "three announced delays: " + delays);
            double[] nominal = { 1.0, 2.0, 4.0 };
            for (int i = 0; i < nominal.length; i++) {
                assertTrue(delays.get(i) >= nominal[i] * 0.8 - 0.05 && delays.get(i) <= nominal[i] * 1.2 + 0.05,
                        "delay " + i + " doubles from 1 s: " + delays);
            }

            room.host.start();
            fixture.listener.awaitState(ConnectionState.CONNECTED, Duration.ofSeconds(30));
            try (OriginalClient eve = OriginalClient.start("127.0.0.1", room.port)) {
                Chunks eveSees = joinOriginal(eve, "eve");
                assertTrue(fixture.client.send("back again"));
                eveSees.await("dora: back again", WAIT);
            }
        }
    }

    @Test
    void aReconnectAsksForTheNameTheUserChoseLast() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "fred", true, ProtocolMode.AUTO, WAIT));
            fixture.listener.awaitState(ConnectionState.CONNECTED, WAIT);
            assertTrue(fixture.client.send("/nick freddie"));
            fixture.listener.awaitEvent(e -> e.kind() == Kind.NICK && e.text().equals("freddie"), WAIT);
            assertEquals("freddie", fixture.client.nickname());

            room.host.stop("maintenance");
            fixture.listener.awaitState(ConnectionState.RECONNECTING, WAIT);
            room.host.start();
            try (OriginalClient eve = OriginalClient.start("127.0.0.1", room.port)) {
                Chunks eveSees = joinOriginal(eve, "eve");
                eveSees.await("freddie joined the chat", Duration.ofSeconds(30));
                assertEquals("freddie", fixture.client.nickname());
            }
        }
    }

    /** The delays the client announced in its RECONNECTING details ("... Reconnecting in 1.9 s."), in order. */
    private static List<Double> reconnectDelays(ClientFixture fixture) {
        List<ConnectionState> states = fixture.listener.states();
        List<String> details = fixture.listener.details();
        Pattern delay = Pattern.compile("Reconnecting in ([0-9]+(?:[.,][0-9]+)?)\u00a0s\\.$");
        List<Double> delays = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i) == ConnectionState.RECONNECTING) {
                Matcher matcher = delay.matcher(details.get(i));
                assertTrue(matcher.find(), "a delay in: " + details.get(i));
                // "Cannot connect to ...: Connection refused. Reconnecting ...": the reason ends before the delay
                assertTrue(details.get(i).contains(". Reconnecting in "), "two sentences: " + details.get(i));
                delays.add(Double.valueOf(matcher.group(1).replace(',', '.')));
            }
        }
        return delays;
    }
}
