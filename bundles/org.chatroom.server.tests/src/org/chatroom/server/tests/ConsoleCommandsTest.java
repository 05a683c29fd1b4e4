package org.chatroom.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.UUID;

import org.chatroom.api.room.RoomHost;
import org.chatroom.server.internal.ConsoleCommands;
import org.chatroom.server.internal.ServerConsole;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/** The host's console commands against the real room service, with members on real loopback sockets. */
class ConsoleCommandsTest {

    /** The reasons the console asked the server to stop with. */
    private final List<String> stops = new CopyOnWriteArrayList<>();

    private static final Duration BOUND = Duration.ofSeconds(30);
    private ServiceTracker<RoomHost, RoomHost> hosts;
    private ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> admins;
    private Configuration configuration;
    private RoomHost room;
    private int port;

    @BeforeEach
    void startRoom() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        admins = new ServiceTracker<>(context, ConfigurationAdmin.class, null);
        admins.open();
        // this test's own mark: the component found by it has this test's configuration (by port=0, the previous
        // test's component could be found before the deletion of its configuration was applied); stopRoom() also
        // waits for the deletion to be applied
        String run = UUID.randomUUID().toString();
        hosts = new ServiceTracker<>(context, context.createFilter("(&(objectClass=" + RoomHost.class.getName()
                + ")(test.run=" + run + "))"), null);
        hosts.open();
        ConfigurationAdmin admin = admins.waitForService(10_000);
        assertNotNull(admin, "no ConfigurationAdmin");
        configuration = admin.getConfiguration(RoomHost.PID, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(RoomHost.PORT, 0);
        properties.put(RoomHost.BIND_ADDRESS, "127.0.0.1");
        properties.put("test.run", run);
        configuration.update(properties);
        room = hosts.waitForService(10_000);
        assertNotNull(room, "the room did not get its configuration within 10 s");
        port = room.start().address().getPort();
    }

    @AfterEach
    void stopRoom() throws Exception {
        room.stop("test over");
        for (String ban : room.bans()) {
            room.unban(ban);
        }
        configuration.delete();
        try {
            Services.awaitNone(hosts, "the deletion of the configuration reached the component");
        } finally {
            hosts.close();
            admins.close();
        }
    }

    private Socket join(String name) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        expect(socket, "Please enter your name and press Enter");
        socket.getOutputStream().write(name.getBytes(StandardCharsets.UTF_8));
        expect(socket, "Welcome to the chat " + name + ". Write {quit} to leave.");
        return socket;
    }

    private static void expect(Socket socket, String text) throws IOException {
        byte[] got = socket.getInputStream().readNBytes(text.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(text, new String(got, StandardCharsets.UTF_8));
    }

    @Test
    void kickBanUnbanAndListsAsTheHostTypesThem() {
        assertTimeoutPreemptively(BOUND, () -> {
            ConsoleCommands console = new ConsoleCommands(room, stops::add);
            try (Socket alice = join("alice"); Socket bob = join("bob")) {
                expect(alice, "bob joined the chat");
                assertEquals("2 members: alice bob", console.run("members"));

                assertEquals("Removed bob.", console.run("kick bob being rude"));
                InputStream bobIn = bob.getInputStream();
                assertEquals("You were removed by the host: being rude",
                        new String(bobIn.readAllBytes(), StandardCharsets.UTF_8));
                expect(alice, "bob left the chat.");
                assertEquals("Nobody here is called bob.", console.run("kick bob"));
                assertEquals("1 member: alice", console.run("members"));

                assertEquals("Banned bob.", console.run("ban bob"));
                assertEquals("1 banned: bob", console.run("bans"));
                try (Socket again = new Socket("127.0.0.1", port)) {
                    again.setSoTimeout(10_000);
                    expect(again, "Please enter your name and press Enter");
                    again.getOutputStream().write("Bob".getBytes(StandardCharsets.UTF_8));
                    expect(again, "That name is banned in this room, choose another one. "
                            + "Please enter your name and press Enter");
                }
                assertEquals("Lifted the ban on bob.", console.run("unban bob"));
                assertEquals("bob was not banned.", console.run("unban bob"));
                assertEquals("Nobody is banned.", console.run("bans"));
                assertEquals(List.of("alice"), room.status().members());
            }
        });
    }

    @Test
    void stopAsksTheServerToStopWithTheHostsReason() {
        ConsoleCommands console = new ConsoleCommands(room, stops::add);
        assertEquals("Stopping the server; the members are told: The server is shutting down: back in ten minutes",
                console.run("stop   back in ten minutes "));
        assertEquals("Stopping the server; the members are told it is shutting down.", console.run("quit"));
        console.run("exit");
        assertEquals(List.of("back in ten minutes", "", ""), stops, "what the server is asked, in order");
        assertTrue(room.status().hosting(), "the console asks; the server stops the room (product-smoke.sh)");
    }

    @Test
    void mistakesGetTheUsage() {
        ConsoleCommands console = new ConsoleCommands(room, stops::add);
        assertEquals("Usage: kick NAME [REASON]", console.run("kick"));
        assertEquals("Usage: ban NAME|ADDRESS [REASON]", console.run("ban   "));
        assertEquals("", console.run("   "));
        String unknown = console.run("frobnicate now");
        assertTrue(unknown.startsWith("Unknown command 'frobnicate'."), unknown);
        assertTrue(unknown.contains("kick NAME [REASON]"), unknown);
        assertEquals("Nobody is in the room.", console.run("members"));
    }

    @Test
    void theConsoleAnswersEachLineAndTheEndOfInputOnlyEndsTheConsole() {
        assertTimeoutPreemptively(BOUND, () -> {
            ByteArrayOutputStream answers = new ByteArrayOutputStream();
            byte[] typed = "members\nban 10.1.2.3 scans\nbans\n".getBytes(StandardCharsets.UTF_8);
            Thread reader = new ServerConsole(new ByteArrayInputStream(typed),
                    new PrintStream(answers, true, StandardCharsets.UTF_8), new ConsoleCommands(room, stops::add))
                    .start();
            reader.join(10_000);
            assertEquals(false, reader.isAlive(), "the console ends at the end of its input");
            assertEquals(String.join(System.lineSeparator(), "Nobody is in the room.", "Banned 10.1.2.3.",
                    "1 banned: 10.1.2.3", ""), answers.toString(StandardCharsets.UTF_8));
            assertTrue(room.status().hosting(), "the room goes on after the end of the console's input");
        });
    }
}
