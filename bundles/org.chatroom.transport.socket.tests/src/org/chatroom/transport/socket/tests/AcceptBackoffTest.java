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
 * The process runs out of file descriptors (its limit lowered from outside, as {@code prlimit} does, to a few more
 * than it has open):
 * the listener does not spin on the failing {@code accept}; it drops the peer waiting in its backlog through its
 * spare descriptor, so the peer hears the end at once, pauses, warns once, and accepts again once descriptors are
 * free. The peers are a python process of their own ({@code clients.py}), so that they use none of the server's
 * descriptors; it also sets the limit, since the server may have no descriptor left to start a program with.
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
                Helper helper = new Helper(clients);
                String pid = Long.toString(ProcessHandle.current().pid());
                String saved = helper.ask("getlimit " + pid);
                List<String> outcomes;
                helper.ask("limit " + pid + " " + (openDescriptors() + HEADROOM) + " " + saved.split(" ")[1]);
                try {
                    outcomes = helper.connect(endpoint.localAddress(), 3 * HEADROOM);
                } finally {
                    helper.ask("limit " + pid + " " + saved);
                }
                assertTrue(outcomes.contains("admitted"), "connections were served until descriptors ran out");
                assertTrue(outcomes.contains("dropped"), "peers waiting while accept fails are closed at once");
                assertFalse(outcomes.contains("pending"), "no peer is left hanging: " + outcomes);
                log.await("Too many open files");
                assertEquals(1, log.count("accept on " + endpoint.localAddress()),
                        "one warning per interval, not one per failed accept");
                serverSide.calls.clear();
                assertEquals(List.of("admitted"), helper.connect(endpoint.localAddress(), 1),
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

    /** Talks to {@code clients.py}. */
    private static final class Helper {
        private final Writer commands;
        private final BufferedReader answers;

        Helper(Process process) {
            commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            answers = process.inputReader(StandardCharsets.UTF_8);
        }

        String ask(String command) throws IOException {
            commands.write(command + "\n");
            commands.flush();
            String answer = answers.readLine();
            if (answer == null) {
                throw new IOException("clients.py ended at: " + command);
            }
            return answer;
        }

        /** Opens {@code count} connections; @return what became of each */
        List<String> connect(InetSocketAddress address, int count) throws IOException {
            List<String> outcomes = new ArrayList<>();
            String line = ask(address.getAddress().getHostAddress() + " " + address.getPort() + " " + count);
            for (; line != null && !line.equals("done"); line = answers.readLine()) {
                outcomes.add(line);
            }
            return outcomes;
        }
    }

    private static long openDescriptors() throws IOException {
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return descriptors.count();
        }
    }
}
