package org.chatroom.transport.socket.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.testing.RecordingHandler;
import org.chatroom.transport.socket.connection.AddressLimits;
import org.chatroom.testing.ConfiguredTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Limits per source address and in total, configured through the transport's configuration: a refused peer gets
 * one line saying why and is closed before anything reaches the handler; other addresses are unaffected; refusals
 * are logged once per address and interval; 0 is no limit. 127.0.0.2, 127.0.0.3 and 127.0.0.4 stand for other hosts.
 */
class AdmissionTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String PER_ADDRESS = "Error: too many connections from your address. Close some, or try "
            + "again later.";

    private ConfiguredTransport transport;
    private Endpoint endpoint;
    private final RecordingHandler serverSide = new RecordingHandler();
    private final List<Socket> sockets = new ArrayList<>();

    private void listen(Map<String, Object> settings) throws Exception {
        listen(settings, TransportLimits.DEFAULT);
    }

    private void listen(Map<String, Object> settings, TransportLimits limits) throws Exception {
        transport = new ConfiguredTransport();
        endpoint = transport.update(settings).listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                limits, serverSide);
    }

    @AfterEach
    void close() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        endpoint.close();
        transport.close();
    }

    private Socket from(String source) throws IOException {
        Socket socket = new Socket(endpoint.localAddress().getAddress(), endpoint.localAddress().getPort(),
                InetAddress.getByName(source), 0);
        socket.setSoTimeout(10_000);
        sockets.add(socket);
        return socket;
    }

    private void awaitConnectionCount(int count) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (endpoint.connectionCount() != count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(endpoint.connectionCount() + " connections, not " + count);
            }
            Thread.sleep(5);
        }
    }

    /** A connection from {@code source} that the transport admits: its handler hears it open. */
    private Socket admitted(String source) throws Exception {
        Socket socket = from(source);
        RecordingHandler.Call opened = serverSide.next();
        assertEquals("opened " + source,
                opened.kind() + " " + opened.connection().remoteAddress().getAddress().getHostAddress(),
                "only admitted connections reach the handler");
        return socket;
    }

    /** A connection from {@code source} that is refused: @return the line it was told before the end */
    private String refused(String source) throws IOException {
        Socket socket = from(source);
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String line = in.readLine();
        assertEquals(null, in.readLine(), "a refused connection is closed after its line");
        return line;
    }

    /** The refusal speaks the listener's protocol: IRC's listener says {@code ERROR :reason}. */
    @Test
    void theRefusalLineTakesTheListenersPrefix() {
        assertTimeoutPreemptively(BOUND, () -> {
            listen(Map.of("max.connections.per.address", 1), new TransportLimits(512, 1 << 20, "ERROR :%s\r\n"));
            admitted("127.0.0.2");
            Socket socket = from("127.0.0.2");
            assertEquals("ERROR :" + PER_ADDRESS.substring("Error: ".length()) + "\r\n",
                    new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                    "IRC's line end, then the end of the stream");
        });
    }

    @Test
    void connectionsPerAddressAreLimitedAndOtherAddressesStillEnter() {
        assertTimeoutPreemptively(BOUND, () -> {
            listen(Map.of("max.connections.per.address", 3));
            Socket first = admitted("127.0.0.2");
            admitted("127.0.0.2");
            admitted("127.0.0.2");
            assertEquals(PER_ADDRESS, refused("127.0.0.2"));
            admitted("127.0.0.3");
            assertEquals(4, endpoint.connectionCount(), "the refused connection never counted");
            first.close();
            serverSide.next("closed");
            // the handler hears the close just before the endpoint stops counting the connection
            awaitConnectionCount(3);
            admitted("127.0.0.2");
        });
    }

    @Test
    void connectionRatePerAddressIsLimited() {
        assertTimeoutPreemptively(BOUND, () -> {
            listen(Map.of("connection.burst.per.address", 5, "connections.per.second.per.address", 0.01));
            for (int i = 0; i < 5; i++) {
                admitted("127.0.0.2");
            }
            assertEquals("Error: your address opens connections too fast. Try again in a few seconds.",
                    refused("127.0.0.2"));
            admitted("127.0.0.3");
        });
    }

    @Test
    void totalConnectionsAreCapped() {
        assertTimeoutPreemptively(BOUND, () -> {
            listen(Map.of("max.connections", 2));
            admitted("127.0.0.2");
            admitted("127.0.0.3");
            assertEquals("Error: the room has too many connections right now. Try again later.",
                    refused("127.0.0.4"));
        });
    }

    @Test
    void refusalsAreLoggedOncePerAddressAndInterval() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (LogLines log = new LogLines()) {
                listen(Map.of("max.connections.per.address", 1));
                admitted("127.0.0.2");
                admitted("127.0.0.3");
                for (int i = 0; i < 20; i++) {
                    assertEquals(PER_ADDRESS, refused("127.0.0.2"));
                }
                refused("127.0.0.3");
                log.await("refused a connection from 127.0.0.3");
                assertEquals(1, log.count("refused a connection from 127.0.0.2"),
                        "20 refusals of one address within the interval make one log entry");
            }
        });
    }

    @Test
    void zeroSwitchesALimitOff() {
        assertTimeoutPreemptively(BOUND, () -> {
            listen(Map.of("max.connections", 0, "max.connections.per.address", 0, "connection.burst.per.address", 1,
                    "connections.per.second.per.address", 0.0));
            for (int i = 0; i < AddressLimits.DEFAULT.maxPerAddress() + 6; i++) {
                admitted("127.0.0.2"); // more than the default per address, at once, with a burst of 1
            }
            assertEquals(AddressLimits.DEFAULT.maxPerAddress() + 6, endpoint.connectionCount());
        });
    }
}
