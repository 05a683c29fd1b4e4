package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawExtendedClient;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.room.internal.Bans;
import org.chatroom.room.internal.GuessThrottle;
import org.chatroom.room.internal.Password;
import org.chatroom.room.internal.RoomAccess;
import org.chatroom.room.password.PasswordHash;
import org.junit.jupiter.api.AfterEach;
import org.chatroom.testing.ConfiguredTransport;
import org.chatroom.testing.Services;
import org.chatroom.log.memory.internal.MemoryRoomLog;
import org.chatroom.room.internal.RoomPolicy;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * Wrong passwords are throttled per address across connections: a guesser reconnecting from 127.0.0.2 first has to
 * wait longer and longer, then is locked out, while a member from 127.0.0.3 with the right password joins at once.
 * The guesser reconnects as fast as it is answered, faster than the TCP transport's default rate per address: the
 * test switches that rate off through the transport's configuration, as an administrator would (0 is no limit), so
 * that what it sees is the room's throttle alone.
 */
class PasswordThrottleTest {

    private static final String SECRET = "correct horse";
    private static final int LOCKOUT_SECONDS = 120;
    private static final Pattern WAIT = Pattern.compile("try again in (\\d+) s");
    private RoomFixture room;
    private ConfiguredTransport transport;

    @AfterEach
    void close() throws Exception {
        try {
            if (room != null) {
                room.close();
            }
        } finally {
            if (transport != null) {
                transport.close();
            }
        }
    }

    @Test
    void reconnectingGuesserIsDelayedThenLockedOutWhileAnotherAddressJoinsAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            GuessThrottle throttle = new GuessThrottle(
                    new GuessThrottle.Policy(3, Duration.ofMillis(20), 8, Duration.ofSeconds(LOCKOUT_SECONDS)));
            // configured pre-hashed, with few iterations: a cold JIT on a loaded machine must not time the test out
            Password password = new Password(PasswordHash.of(SECRET, 1000).encoded(), 3);
            transport = new ConfiguredTransport();
            room = new RoomFixture(transport.update("connections.per.second.per.address", 0.0),
                    RoomFixture.UNLIMITED, RoomPolicy.DEFAULT,
                    new RoomAccess(password, new Bans(), RoomAccess.DEFAULT_HANDSHAKE_TIMEOUT, throttle),
                    new MemoryRoomLog(1000));
            List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
            LogListener listener = entry -> {
                if (LogLevel.WARN.implies(entry.getLogLevel())) {
                    errors.add(entry.getMessage() + " " + entry.getException());
                }
            };
            LogReaderService logs = Services.get(LogReaderService.class, "");
            logs.addLogListener(listener);
            InetAddress guesser = InetAddress.getByName("127.0.0.2");
            List<Integer> waits = new ArrayList<>();
            List<String> told = new ArrayList<>();
            int wrong = 0;
            for (int connection = 0; connection < 5000 && !lockedOut(waits); connection++) {
                try (RawExtendedClient client = RawExtendedClient.connect(room.address, guesser)) {
                    for (int guess = 0; guess < 3; guess++) {
                        client.send("PASS guess" + connection + "-" + guess);
                        ServerEvent event;
                        try {
                            event = client.event();
                        } catch (java.net.SocketTimeoutException e) {
                            throw new AssertionError("no answer to guess " + guess + " of connection " + connection
                                    + " after " + wrong + " wrong, waits " + waits + "; log: " + errors, e);
                        }
                        if (event instanceof ServerEvent.Err err && err.code() == ErrorCode.BAD_PASSWORD) {
                            wrong++;
                            told.add(err.text());
                            continue;
                        }
                        if (event instanceof ServerEvent.Err err && err.code() == ErrorCode.LOCKED_OUT) {
                            waits.add(seconds(err.text()));
                            assertTrue(client.expect(ServerEvent.Bye.class).reason().contains("try again in"));
                        } else {
                            assertEquals("Too many wrong passwords.", ((ServerEvent.Bye) event).reason());
                            wrong++;
                        }
                        break;
                    }
                }
            }
            assertTrue(lockedOut(waits), "locked out after " + wrong + " wrong passwords, waits " + waits);
            assertTrue(waits.get(0) <= 1, "first a short wait: " + waits);
            assertEquals(8, wrong, "guesses sent while waiting are refused unchecked");
            // past the free ones, a wrong password says the wait, not the tries its connection has left (a client
            // connecting again for each try read "2 tries left" every time)
            assertEquals("Wrong password (2 tries left).", told.get(0));
            assertTrue(told.size() > 2 && told.stream().skip(2).allMatch(text -> text.matches(
                    "Wrong password\\. The room hears the next one from your address in \\d+ s\\.")), "" + told);

            long start = System.nanoTime();
            try (RawExtendedClient member = RawExtendedClient.connect(room.address, InetAddress.getByName("127.0.0.3"))) {
                member.send("PASS " + SECRET);
                member.send("NICK ada");
                assertEquals("ada", member.expect(ServerEvent.Welcome.class).name());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 5_000, "127.0.0.3 joined at once, not after a wait: " + millis + " ms");

            try (RawExtendedClient client = RawExtendedClient.connect(room.address, guesser)) {
                client.send("PASS " + SECRET);
                ServerEvent.Err err = client.expect(ServerEvent.Err.class);
                assertEquals(ErrorCode.LOCKED_OUT, err.code(), "even the right password waits out the lockout");
                assertTrue(seconds(err.text()) > LOCKOUT_SECONDS - 30, err.text());
            }
        });
    }

    private static boolean lockedOut(List<Integer> waits) {
        return !waits.isEmpty() && waits.get(waits.size() - 1) > LOCKOUT_SECONDS - 30;
    }

    private static int seconds(String text) {
        Matcher m = WAIT.matcher(text);
        assertTrue(m.find(), text);
        return Integer.parseInt(m.group(1));
    }
}
