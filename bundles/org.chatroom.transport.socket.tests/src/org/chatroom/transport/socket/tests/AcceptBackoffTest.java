package org.chatroom.transport.socket.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.testing.RecordingHandler;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.Test;

/**
 * The process runs out of file descriptors (its limit lowered with {@code prlimit} to a few more than it has open):
 * the listener does not spin on the failing {@code accept}; it drops the peer waiting in its backlog through its
 * spare descriptor, so the peer hears the end at once, pauses, warns once, and accepts again once descriptors are
 * free. The peers are a python process of their own ({@code clients.py}), so that they use none of the server's
 * descriptors.
 */
class AcceptBackoffTest {

    private static final String TCP = "(" + ServerTransport.TYPE + "=tcp)";
    private static final int HEADROOM = 16;

    @Test
    void outOfDescriptorsTheListenerDropsTheWaitingPeerPausesAndWarnsOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            RecordingHandler serverSide = new RecordingHandler();
            serverSide.greeting = "hi";
            ServerTransport server = Services.get(ServerTransport.class, TCP);
            Process clients = startClients();
            try (LogLines log = new LogLines();
                    Endpoint endpoint = server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                            TransportLimits.DEFAULT, serverSide)) {
                String saved = prlimit("--output=SOFT,HARD", "--noheadings").trim().replaceAll("\\s+", ":");
                List<String> outcomes;
                List<FileChannel> reserve = new ArrayList<>(); // freed to run prlimit again while the server is full
                for (int i = 0; i < 8; i++) {
                    reserve.add(FileChannel.open(Path.of("/dev/null")));
                }
                prlimit("--nofile=" + (openDescriptors() + HEADROOM) + ":" + saved.split(":")[1]);
                try {
                    outcomes = connect(clients, endpoint.localAddress(), 3 * HEADROOM);
                } finally {
                    for (FileChannel descriptor : reserve) {
                        descriptor.close();
                    }
                    prlimit("--nofile=" + saved);
                }
                assertTrue(outcomes.contains("admitted"), "connections were served until descriptors ran out");
                assertTrue(outcomes.contains("dropped"), "peers waiting while accept fails are closed at once");
                assertFalse(outcomes.contains("pending"), "no peer is left hanging: " + outcomes);
                log.await("Too many open files");
                assertEquals(1, log.count("accept on " + endpoint.localAddress()),
                        "one warning per interval, not one per failed accept");
                serverSide.calls.clear();
                assertEquals(List.of("admitted"), connect(clients, endpoint.localAddress(), 1),
                        "with descriptors free again, the listener accepts again");
            } finally {
                clients.destroy();
            }
        });
    }

    /** The python process that opens the connections (started before the limit is lowered, so not under it). */
    private static Process startClients() throws IOException {
        Path script = Files.createTempFile("clients", ".py");
        try (InputStream in = AcceptBackoffTest.class.getResourceAsStream("clients.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        script.toFile().deleteOnExit();
        return new ProcessBuilder("python3", script.toString()).redirectError(Redirect.INHERIT).start();
    }

    /** Has {@code clients} open {@code count} connections; @return what became of each */
    private static List<String> connect(Process clients, InetSocketAddress address, int count) throws IOException {
        Writer commands = new OutputStreamWriter(clients.getOutputStream(), StandardCharsets.UTF_8);
        commands.write(address.getAddress().getHostAddress() + " " + address.getPort() + " " + count + "\n");
        commands.flush();
        BufferedReader answers = clients.inputReader(StandardCharsets.UTF_8);
        List<String> outcomes = new ArrayList<>();
        for (String line = answers.readLine(); line != null && !line.equals("done"); line = answers.readLine()) {
            outcomes.add(line);
        }
        return outcomes;
    }

    private static long openDescriptors() throws IOException {
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return descriptors.count();
        }
    }

    /** Runs {@code prlimit --pid THIS --nofile ARGS} and returns its output. */
    private static String prlimit(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("prlimit", "--pid", Long.toString(ProcessHandle.current().pid())));
        if (!arguments[0].startsWith("--nofile=")) {
            command.add("--nofile");
        }
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "prlimit failed: " + output);
        return output;
    }
}
