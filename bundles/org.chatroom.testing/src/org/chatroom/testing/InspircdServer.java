package org.chatroom.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real InspIRCd (Debian package {@code inspircd}) in the foreground, as the user running the tests, on
 * 127.0.0.1 and a free port, with a minimal configuration written to a temporary folder: no DNS or ident look-ups,
 * no flood penalties, channels created {@code +nt} with their creator as operator.
 */
public final class InspircdServer implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/inspircd");
    private static final long START_TIMEOUT_MILLIS = 20_000;

    public final int port;
    private final Path folder;
    private Process process;

    private InspircdServer(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    public static InspircdServer start() throws Exception {
        return start(false);
    }

    /**
     * A server that greets each connection as public networks do, before the client registers ("*** Looking up your
     * hostname...": it resolves hostnames, against a DNS server that is not there, so each lookup fails in a second).
     */
    public static InspircdServer greeting() throws Exception {
        return start(true);
    }

    private static InspircdServer start(boolean resolveHostnames) throws Exception {
        if (!Files.isExecutable(BINARY)) {
            fail(BINARY + " is missing: install the Debian package inspircd (releng/scripts/setup-debian.sh)");
        }
        Path folder = Files.createTempDirectory("inspircd");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Files.writeString(folder.resolve("motd.txt"), "Test network for the Chatroom IRC client.\n");
        Files.writeString(folder.resolve("inspircd.conf"), config(folder, port, resolveHostnames));
        InspircdServer server = new InspircdServer(folder, port);
        server.launch();
        return server;
    }

    /** Starts the server again on the same port (after {@link #stop()}). */
    public void launch() throws Exception {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--nofork", "--config",
                folder.resolve("inspircd.conf").toString()));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--runasroot"); // CI runs as root; InspIRCd refuses that without this flag
        }
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("stdout.txt").toFile()).start();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            assertTrue(process.isAlive(), () -> "inspircd exited: " + read("stdout.txt") + read("ircd.log"));
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                process.waitFor(50, TimeUnit.MILLISECONDS);
            }
        }
        fail("inspircd did not listen on port " + port + " within " + START_TIMEOUT_MILLIS + " ms");
    }

    /** Stops the server the hard way (its clients see their connections drop). */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "inspircd did not stop");
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    private String read(String file) {
        try {
            return Files.readString(folder.resolve(file));
        } catch (IOException e) {
            return "";
        }
    }

    private static String config(Path folder, int port, boolean resolveHostnames) {
        return """
                <server name="irc.test" description="Chatroom test" network="ChatroomTest">
                <admin name="test" nick="test" email="test@irc.test">
                <bind address="127.0.0.1" port="%d" type="clients">
                <connect allow="*" timeout="60" pingfreq="120" recvq="65536" sendq="10M" softsendq="1M" \
                hardsendq="10M" threshold="100000" commandrate="1000000" fakelag="no" localmax="1000" \
                globalmax="1000" useident="no" resolvehostnames="%s" limit="1000">
                <class name="all" commands="*" privs="*" usermodes="*" chanmodes="*">
                <files motd="%s/motd.txt">
                <pid file="%s/inspircd.pid">
                <log method="file" type="* -USERINPUT -USEROUTPUT" level="default" target="%s/ircd.log">
                <options defaultmodes="not">
                <performance clonesonconnect="no">
                <dns server="127.0.0.1" timeout="1">
                <module name="cap">
                <module name="ircv3">
                <module name="ircv3_servertime">
                """.formatted(port, resolveHostnames ? "yes" : "no", folder, folder, folder);
    }
}
