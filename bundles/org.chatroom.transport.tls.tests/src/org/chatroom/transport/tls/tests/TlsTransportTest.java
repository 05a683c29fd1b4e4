package org.chatroom.transport.tls.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.Security;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

import org.chatroom.api.transport.ClientTransport;
import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.Framing;
import org.chatroom.api.transport.SecureConnection;
import org.chatroom.api.transport.SecureEndpoint;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.chatroom.testing.ConfiguredTransport;
import org.chatroom.testing.RecordingHandler;
import org.chatroom.testing.Services;
import org.chatroom.transport.tls.internal.TlsServerTransport;
import org.chatroom.transport.tls.internal.TlsTransportConfig;

/**
 * The TLS transport as DS registers it, over real TLS on loopback, with the server engine {@link #engine()}
 * configured (PID {@code org.chatroom.transport.tls}, {@code engine}): every test runs on the JDK's engine
 * ({@link JdkTlsTransportTest}) and on BoringSSL's ({@link NativeTlsTransportTest}).
 */
abstract class TlsTransportTest {

    static final String TLS = "(" + ServerTransport.TYPE + "=tls)";
    static final String TCP = "(" + ServerTransport.TYPE + "=tcp)";
    static final Duration BOUND = Duration.ofSeconds(30);
    static final Duration CONNECT = Duration.ofSeconds(5);

    private ConfiguredTransport configured;
    private ServerTransport server;
    private ClientTransport client;
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private RecordingHandler serverSide;
    private SecureEndpoint endpoint;
    private final List<AutoCloseable> closing = new ArrayList<>();

    /** The configured value of {@code engine}. */
    abstract String engine();

    /** What the test run asserts of the threads that computed the server's handshakes. */
    abstract void assertWhereHandshakesRan();

    TlsServerTransport server() {
        return (TlsServerTransport) server;
    }

    @BeforeEach
    void listen() throws Exception {
        configured = new ConfiguredTransport("tls", TlsTransportConfig.PID);
        server = configured.update("engine", engine());
        client = Services.get(ClientTransport.class, TLS);
        serverSide = new RecordingHandler();
        Endpoint opened = server.listen(new InetSocketAddress(ownLoopbackAddress(), 0),
                new TransportLimits(64, 64 * 1024), serverSide);
        closing.add(opened);
        endpoint = assertInstanceOf(SecureEndpoint.class, opened, "a TLS endpoint tells its fingerprint");
    }

    /**
     * A loopback address of this test's own: the client keeps its pins per address and port, and a port the kernel
     * handed out again to a later test's endpoint found an earlier test's pin ({@code pinnedFingerprintIsReused} saw
     * its first connection not pinning, once in a clean-clone CI).
     */
    private static InetAddress ownLoopbackAddress() throws IOException {
        int n = ADDRESSES.getAndIncrement();
        return InetAddress.getByAddress(new byte[] { 127, 0, (byte) (100 + n / 250), (byte) (1 + n % 250) });
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : closing) {
            resource.close();
        }
        configured.close();
    }

    private SecureConnection connect(RecordingHandler clientSide) throws IOException {
        Connection connection = client.connect(endpoint.localAddress(), new TransportLimits(64, 64 * 1024),
                clientSide, CONNECT);
        closing.add(() -> connection.close("test over"));
        return assertInstanceOf(SecureConnection.class, connection);
    }

    @Test
    void handshakeAndMessagesBothWays() {
        assertTimeoutPreemptively(BOUND, () -> {
            serverSide.greeting = "Please enter your name and press Enter";
            RecordingHandler clientSide = new RecordingHandler();
            SecureConnection connection = connect(clientSide);
            assertEquals("opened", clientSide.next().kind());
            assertEquals("Please enter your name and press Enter", clientSide.next("received").text(),
                    "the server's bytes arrive decrypted, as sent");
            assertEquals("opened", serverSide.next().kind());

            connection.send("alice");
            assertEquals("alice", serverSide.next("received").text());
            connection.send("hello\nworld\n");
            assertEquals("hello", serverSide.next("received").text());
            assertEquals("world", serverSide.next("received").text());

            assertTrue(endpoint.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), endpoint.fingerprint());
            assertEquals(endpoint.fingerprint(), connection.peerFingerprint(),
                    "the client saw the certificate whose fingerprint the host is shown");
            assertTrue(connection.pinnedNow(), "the first connection to this address pins it");
        });
    }

    /**
     * Sixteen connections complete their handshakes at once and then carry data; where the server computed them is
     * the engine's business ({@link #assertWhereHandshakesRan()}). Sixteen is as many unfinished handshakes as one
     * address may have ({@code max_handshakes_per_address}): a client's handshake ends before the server has read
     * its last message, so twenty in a row may leave more than sixteen unfinished on the server. With twenty, one
     * handshake was cut off in a CI run on a busy machine (2026-12-05; not reproduced here in two runs beside three
     * busy loops), most likely refused as the seventeenth.
     */
    @Test
    void sixteenHandshakesAtOnceThenData() {
        assertTimeoutPreemptively(BOUND, () -> {
            List<SSLSocket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < 16; i++) {
                    sockets.add(RawTls.connect(endpoint.localAddress()));
                }
                for (SSLSocket socket : sockets) {
                    assertEquals("TLSv1.3", socket.getSession().getProtocol());
                }
                assertWhereHandshakesRan();
                for (int i = 0; i < sockets.size(); i++) {
                    sockets.get(i).getOutputStream().write(("member " + i + "\n").getBytes(StandardCharsets.UTF_8));
                }
                List<String> received = new ArrayList<>();
                for (int i = 0; i < sockets.size(); i++) {
                    received.add(serverSide.next("received").text());
                }
                for (int i = 0; i < sockets.size(); i++) {
                    assertTrue(received.contains("member " + i), received.toString());
                }
            } finally {
                for (SSLSocket socket : sockets) {
                    socket.close();
                }
            }
        });
    }

    @Test
    void pinnedFingerprintIsReused() {
        assertTimeoutPreemptively(BOUND, () -> {
            SecureConnection first = connect(new RecordingHandler());
            assertTrue(first.pinnedNow());
            first.close("again");
            RecordingHandler clientSide = new RecordingHandler();
            SecureConnection second = connect(clientSide);
            assertFalse(second.pinnedNow(), "the second connection checks against the pin, it does not pin again");
            assertEquals(first.peerFingerprint(), second.peerFingerprint());
            second.send("still here");
            assertEquals("still here", serverSide.next("received").text());
        });
    }

    @Test
    void onlyTls12And13AreSpoken() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (SSLSocket modern = RawTls.connect(endpoint.localAddress())) {
                assertEquals("TLSv1.3", modern.getSession().getProtocol());
            }
            try (SSLSocket older = RawTls.connect(endpoint.localAddress(), "TLSv1.2")) {
                assertEquals("TLSv1.2", older.getSession().getProtocol());
            }
            assertFalse(Security.getProperty("jdk.tls.disabledAlgorithms").contains("TLSv1.1"),
                    "this JVM lets a client offer TLS 1.1 (tls11-allowed.security), so only the server can refuse it");
            SSLException refused = assertThrows(SSLException.class,
                    () -> RawTls.connect(endpoint.localAddress(), "TLSv1.1").close(), "TLS 1.1 is refused");
            assertTrue(refused.getMessage().contains("protocol_version"),
                    "the server answered with a protocol_version alert: " + refused.getMessage());
        });
    }

    @Test
    void framingLimitAndLines() {
        assertTimeoutPreemptively(BOUND, () -> {
            SecureConnection connection = connect(new RecordingHandler());
            Connection accepted = serverSide.next("opened").connection();
            connection.send("x".repeat(100));
            assertEquals("tooLong", serverSide.next().kind(), "a frame over the limit is reported, not delivered");
            accepted.setFraming(Framing.LINES);
            connection.send("par");
            connection.send("tial\n");
            assertEquals("partial", serverSide.next("received").text(), "in LINES framing a partial line waits");
            assertTrue(accepted.isOpen(), "a long frame does not close the connection");
        });
    }

    @Test
    void closeWritesWhatIsQueuedThenBothSidesHearIt() {
        assertTimeoutPreemptively(BOUND, () -> {
            RecordingHandler clientSide = new RecordingHandler();
            connect(clientSide);
            Connection accepted = serverSide.next("opened").connection();
            accepted.send("bye now\n");
            accepted.close("kicked");
            assertFalse(accepted.send("late"), "nothing is accepted after close");
            assertEquals("bye now", clientSide.next("received").text(), "what was queued before close arrives");
            assertEquals(CloseReason.PEER, clientSide.next("closed").reason());
            RecordingHandler.Call closed = serverSide.next("closed");
            assertEquals(CloseReason.LOCAL, closed.reason());
            assertEquals("kicked", closed.text());
        });
    }

    @Test
    void slowReaderIsCutOffWithoutStallingTheSender() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (SSLSocket lazy = RawTls.connect(endpoint.localAddress())) {
                Connection accepted = serverSide.next("opened").connection();
                byte[] chunk = new byte[1024];
                boolean accepting = true;
                for (int i = 0; i < 100_000 && accepting; i++) {
                    accepting = accepted.send(chunk);
                }
                assertFalse(accepting, "a peer that never reads fills its bounded queue");
                assertEquals(CloseReason.SLOW_READER, serverSide.next("closed").reason());
                assertEquals(0, endpointConnectionsAfterClose());
            }
        });
    }

    private int endpointConnectionsAfterClose() throws InterruptedException {
        for (int i = 0; i < 100 && endpoint.connectionCount() > 0; i++) {
            Thread.sleep(20);
        }
        return endpoint.connectionCount();
    }

    @Test
    void closingTheEndpointClosesItsConnections() {
        assertTimeoutPreemptively(BOUND, () -> {
            RecordingHandler clientSide = new RecordingHandler();
            connect(clientSide);
            serverSide.next("opened");
            endpoint.close();
            assertEquals(CloseReason.SHUTDOWN, serverSide.next("closed").reason());
            assertEquals(CloseReason.PEER, clientSide.next("closed").reason());
            assertThrows(IOException.class, () -> new Socket(endpoint.localAddress().getAddress(),
                    endpoint.localAddress().getPort()).close(), "nothing listens any more");
        });
    }

    @Test
    void plainClientOnTheTlsPortIsToldInPlainText() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (Socket waiting = new Socket(endpoint.localAddress().getAddress(), endpoint.localAddress().getPort());
                    Socket talking = new Socket(endpoint.localAddress().getAddress(),
                            endpoint.localAddress().getPort())) {
                waiting.setSoTimeout(10_000);
                talking.setSoTimeout(10_000);
                talking.getOutputStream().write("alice".getBytes(StandardCharsets.UTF_8));
                String expected = "Error: this port of the room only accepts TLS connections. Turn on TLS in your "
                        + "client (the desktop's \"Use TLS\", the console's --tls), or connect to the room's plain "
                        + "port.";
                assertEquals(expected, firstLine(talking), "a plain client that speaks first is told at once");
                assertEquals(expected, firstLine(waiting), "a plain client waiting for the prompt is told too");
                assertEquals(-1, waiting.getInputStream().read(), "then the server closes the connection");
            }
            RecordingHandler clientSide = new RecordingHandler();
            SecureConnection connection = connect(clientSide);
            assertEquals("opened", serverSide.next().kind(), "plain clients never reached the handler");
            connection.send("fine");
            assertEquals("fine", serverSide.next("received").text(), "the endpoint keeps serving TLS clients");
        });
    }

    private static String firstLine(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    @Test
    void aHandlerFailureClosesOnlyItsConnection() {
        assertTimeoutPreemptively(BOUND, () -> {
            RecordingHandler failing = new RecordingHandler() {
                @Override
                public void received(Connection connection, byte[] frame) {
                    if (new String(frame, StandardCharsets.UTF_8).equals("boom")) {
                        throw new IllegalStateException("handler bug");
                    }
                    super.received(connection, frame);
                }
            };
            Endpoint fragile = server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    TransportLimits.DEFAULT, failing);
            closing.add(fragile);
            RecordingHandler victimSide = new RecordingHandler();
            Connection victim = client.connect(fragile.localAddress(), TransportLimits.DEFAULT, victimSide, CONNECT);
            RecordingHandler bystanderSide = new RecordingHandler();
            Connection bystander = client.connect(fragile.localAddress(), TransportLimits.DEFAULT, bystanderSide,
                    CONNECT);
            closing.add(() -> bystander.close("test over"));
            victim.send("boom");
            RecordingHandler.Call closed = failing.next("closed");
            assertEquals(CloseReason.ERROR, closed.reason());
            assertTrue(closed.text().contains("handler bug"), closed.text());
            assertEquals(CloseReason.PEER, victimSide.next("closed").reason());
            bystander.send("still fine");
            assertEquals("still fine", failing.next("received").text(), "the other connection is unaffected");
        });
    }

    @Test
    void tlsClientOnThePlainPortFailsQuicklyAndClearly() {
        assertTimeoutPreemptively(BOUND, () -> {
            ServerTransport tcp = Services.get(ServerTransport.class, TCP);
            RecordingHandler plainSide = new RecordingHandler();
            plainSide.greeting = "Please enter your name and press Enter";
            Endpoint plain = tcp.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    TransportLimits.DEFAULT, plainSide);
            closing.add(plain);
            long start = System.nanoTime();
            SSLException failure = assertThrows(SSLException.class, () -> client.connect(plain.localAddress(),
                    TransportLimits.DEFAULT, new RecordingHandler(), Duration.ofSeconds(20)));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0,
                    "a room answering in plain text fails the handshake at once, not at the timeout");
            assertTrue(failure.getMessage().contains("did not complete a TLS handshake (is this the room's plain "
                    + "port rather than its TLS port?)"), failure.getMessage());
        });
    }

    @Test
    void tlsClientOnASilentPortFailsAtItsTimeout() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
                InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        silent.getLocalPort());
                long start = System.nanoTime();
                IOException failure = assertThrows(IOException.class, () -> client.connect(address,
                        TransportLimits.DEFAULT, new RecordingHandler(), Duration.ofMillis(800)));
                long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
                assertTrue(millis < 5000, "bounded by the connect timeout: " + millis + " ms");
                assertTrue(failure.getMessage().contains("no answer in time"), failure.getMessage());
            }
        });
    }

    @Test
    void invalidUtf8IsDeliveredUntouched() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (SSLSocket raw = RawTls.connect(endpoint.localAddress())) {
                serverSide.next("opened");
                byte[] bad = { 'a', (byte) 0xFF, 'b', (byte) 0xC3, (byte) 0x28 };
                raw.getOutputStream().write(bad);
                raw.getOutputStream().flush();
                assertEquals("received", serverSide.next().kind());
                assertArrayEquals(bad, serverSide.frames.poll(),
                        "the frame's bytes arrive exactly as sent; decoding is the handler's business");
            }
        });
    }

    @Test
    void clientInitiatedRenegotiationIsRefused() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (SSLSocket raw = RawTls.connect(endpoint.localAddress(), "TLSv1.2")) {
                Connection accepted = serverSide.next("opened").connection();
                raw.getOutputStream().write("before".getBytes(StandardCharsets.UTF_8));
                raw.getOutputStream().flush();
                assertEquals("before", serverSide.next("received").text());
                raw.startHandshake(); // a second handshake on TLS 1.2: a renegotiation
                try {
                    raw.getOutputStream().write("after".getBytes(StandardCharsets.UTF_8));
                    raw.getOutputStream().flush();
                } catch (IOException e) {
                    // the server may have closed already
                }
                RecordingHandler.Call closed = serverSide.next();
                assertEquals("closed", closed.kind(), "nothing is delivered after a renegotiation attempt");
                assertEquals(CloseReason.ERROR, closed.reason());
                assertEquals("TLS renegotiation refused", closed.text());
                assertFalse(accepted.isOpen());
                assertThrows(IOException.class, () -> {
                    if (raw.getInputStream().read() < 0) {
                        throw new IOException("closed");
                    }
                }, "the client's connection ends");
            }
        });
    }
}
