package org.chatroom.transport.socket.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.chatroom.api.transport.ClientTransport;
import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.Framing;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.chatroom.testing.RecordingHandler;
import org.chatroom.testing.Services;

/** The TCP transport as DS registers it, over real loopback sockets. */
class SocketTransportTest {

    private static final String TCP = "(" + ServerTransport.TYPE + "=tcp)";
    private static final Duration BOUND = Duration.ofSeconds(20);

    private ServerTransport server;
    private ClientTransport client;
    private RecordingHandler serverSide;
    private Endpoint endpoint;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void listen() throws Exception {
        server = Services.get(ServerTransport.class, TCP);
        client = Services.get(ClientTransport.class, TCP);
        serverSide = new RecordingHandler();
        endpoint = server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new TransportLimits(64, 64 * 1024), serverSide);
    }

    @AfterEach
    void close() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        endpoint.close();
    }

    private Socket raw() throws IOException {
        Socket socket = new Socket(endpoint.localAddress().getAddress(), endpoint.localAddress().getPort());
        socket.setSoTimeout(5000);
        sockets.add(socket);
        return socket;
    }

    private static String read(InputStream in, int bytes) throws IOException {
        return new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
    }

    @Test
    void rawClientExchangesBytesBothWays() {
        assertTimeoutPreemptively(BOUND, () -> {
            serverSide.greeting = "Please enter your name and press Enter";
            Socket socket = raw();
            assertEquals("opened", serverSide.next().kind());
            assertEquals("Please enter your name and press Enter", read(socket.getInputStream(), 38),
                    "what the server sends arrives exactly as given, no terminator added");
            OutputStream out = socket.getOutputStream();
            out.write("alice".getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals("alice", serverSide.next().text(), "an original client's send without newline is a frame");
            out.write("one\ntwo\n".getBytes(StandardCharsets.UTF_8));
            assertEquals("one", serverSide.next().text());
            assertEquals("two", serverSide.next().text());
            assertEquals(1, endpoint.connectionCount());
        });
    }

    @Test
    void tooLongFrameIsReportedAndTheConnectionStaysUsable() {
        assertTimeoutPreemptively(BOUND, () -> {
            Socket socket = raw();
            Connection connection = serverSide.next("opened").connection();
            connection.setFraming(Framing.LINES);
            OutputStream out = socket.getOutputStream();
            out.write(("x".repeat(200) + "\nshort\n").getBytes(StandardCharsets.UTF_8));
            RecordingHandler.Call tooLong = serverSide.next();
            assertEquals("tooLong", tooLong.kind());
            assertEquals("64", tooLong.text());
            assertEquals("short", serverSide.next().text());
            assertTrue(connection.isOpen());
        });
    }

    @Test
    void localCloseWritesEverythingQueuedFirst() {
        assertTimeoutPreemptively(BOUND, () -> {
            Socket socket = raw();
            Connection connection = serverSide.next("opened").connection();
            byte[] block = new byte[16 * 1024];
            for (int i = 0; i < block.length; i++) {
                block[i] = (byte) ('a' + i % 26);
            }
            for (int i = 0; i < 3; i++) {
                assertTrue(connection.send(block));
            }
            connection.send("{quit}");
            connection.close("bye");
            InputStream in = socket.getInputStream();
            byte[] all = in.readAllBytes();
            assertEquals(3 * block.length + 6, all.length, "every queued byte arrives before the close");
            assertEquals("{quit}", new String(all, all.length - 6, 6, StandardCharsets.UTF_8));
            RecordingHandler.Call closed = serverSide.next("closed");
            assertEquals(CloseReason.LOCAL, closed.reason());
            assertEquals("bye", closed.text());
        });
    }

    @Test
    void aReaderThatStopsIsCutOffWithoutStallingOthers() {
        assertTimeoutPreemptively(BOUND, () -> {
            Socket stalled = raw();
            Connection stalledConnection = serverSide.next("opened").connection();
            Socket reading = raw();
            Connection readingConnection = serverSide.next("opened").connection();
            byte[] block = new byte[8 * 1024];
            int sent = 0;
            boolean accepted = true;
            for (int i = 0; i < 10_000 && accepted; i++) {
                accepted = stalledConnection.send(block);
                sent++;
            }
            assertFalse(accepted, "a peer that never reads must be refused once its queue is full");
            RecordingHandler.Call closed = serverSide.next("closed");
            assertEquals(CloseReason.SLOW_READER, closed.reason());
            assertTrue(sent > 8, "the socket buffers and the 64 KiB queue took " + sent + " blocks");
            assertTrue(readingConnection.send("still here"));
            assertEquals("still here", read(reading.getInputStream(), 10));
            stalled.close();
        });
    }

    @Test
    void closingTheEndpointClosesConnectionsAndFreesThePort() {
        assertTimeoutPreemptively(BOUND, () -> {
            Socket socket = raw();
            serverSide.next("opened");
            InetSocketAddress address = endpoint.localAddress();
            endpoint.close();
            assertEquals(-1, socket.getInputStream().read(), "the connection is closed");
            assertEquals(CloseReason.SHUTDOWN, serverSide.next("closed").reason());
            assertEquals(0, endpoint.connectionCount());
            endpoint = server.listen(address, TransportLimits.DEFAULT, new RecordingHandler());
            assertEquals(address.getPort(), endpoint.localAddress().getPort(), "the port can be bound again");
        });
    }

    /**
     * A listening channel closed while registered with a selector keeps its socket until that selector's next
     * select: close returns only after it, so that the port is free and nothing connects once it returned.
     */
    @Test
    void theSocketIsClosedWhenCloseReturns() {
        assertTimeoutPreemptively(BOUND, () -> {
            for (int round = 0; round < 200; round++) {
                InetSocketAddress address = endpoint.localAddress();
                endpoint.close();
                assertThrows(IOException.class, () -> new Socket(address.getAddress(), address.getPort()).close(),
                        "nothing listens once close returned (round " + round + ")");
                endpoint = server.listen(address, TransportLimits.DEFAULT, new RecordingHandler());
            }
        });
    }

    @Test
    void bindingATakenPortFails() {
        assertThrows(IOException.class,
                () -> server.listen(endpoint.localAddress(), TransportLimits.DEFAULT, new RecordingHandler()).close());
    }

    @Test
    void clientTransportTalksToServerTransportInOrder() {
        assertTimeoutPreemptively(BOUND, () -> {
            RecordingHandler clientSide = new RecordingHandler();
            Connection connection = client.connect(endpoint.localAddress(), TransportLimits.DEFAULT, clientSide,
                    Duration.ofSeconds(2));
            assertEquals("opened", clientSide.calls.poll().kind(), "opened is called before connect returns");
            Connection accepted = serverSide.next("opened").connection();
            accepted.setFraming(Framing.LINES);
            connection.setFraming(Framing.LINES);
            int count = 20_000;
            for (int i = 0; i < count; i++) {
                assertTrue(connection.send("MSG " + i + "\n"));
                assertTrue(accepted.send("MSG " + i + "\n"));
            }
            for (int i = 0; i < count; i++) {
                assertEquals("MSG " + i, serverSide.next().text());
                assertEquals("MSG " + i, clientSide.next().text());
            }
            assertNotEquals(connection.id(), accepted.id());
            connection.close("done");
            assertEquals(CloseReason.LOCAL, clientSide.next("closed").reason());
            assertEquals(CloseReason.PEER, serverSide.next("closed").reason());
        });
    }

    /**
     * A graceful close while the peer is still sending: the peer reads our last line and then our end of the stream,
     * never a reset, and may still answer, as the original server answers {@code {quit}} with {@code {quit}}. Closed
     * with the peer's bytes unread, the socket was reset: the original server's answer failed, its thread died, and
     * it never said that our member left.
     */
    @Test
    void aGracefulCloseWhileThePeerSendsEndsWithoutAReset() {
        assertTimeoutPreemptively(BOUND, () -> {
            try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                RecordingHandler clientSide = new RecordingHandler();
                Connection connection = client.connect(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()),
                        TransportLimits.DEFAULT, clientSide, Duration.ofSeconds(2));
                try (Socket peer = listener.accept()) {
                    peer.setSoTimeout(5000);
                    AtomicBoolean quiet = new AtomicBoolean();
                    AtomicReference<IOException> chatterFailed = new AtomicReference<>();
                    Thread chatter = new Thread(() -> {
                        byte[] lines = "chatter\n".repeat(512).getBytes(StandardCharsets.UTF_8);
                        try {
                            OutputStream out = peer.getOutputStream();
                            while (!quiet.get()) {
                                out.write(lines);
                            }
                        } catch (IOException e) {
                            chatterFailed.set(e);
                        }
                    });
                    chatter.start();
                    clientSide.next("received"); // the chatter is being read
                    assertTrue(connection.send("bye\n"));
                    connection.close("done");

                    assertEquals("bye\n", new String(peer.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                            "our last line, then our end of the stream (a reset throws here)");
                    quiet.set(true);
                    chatter.join();
                    assertNull(chatterFailed.get(), "what the peer sent while we closed was read");
                    peer.getOutputStream().write("{quit}".getBytes(StandardCharsets.UTF_8));
                    peer.shutdownOutput();
                    assertEquals(CloseReason.LOCAL, clientSide.next("closed").reason());
                }
            }
        });
    }

    @Test
    void clientSeesTheServersBytesExactly() {
        assertTimeoutPreemptively(BOUND, () -> {
            serverSide.greeting = "Please enter your name and press Enter";
            RecordingHandler clientSide = new RecordingHandler();
            client.connect(endpoint.localAddress(), TransportLimits.DEFAULT, clientSide, Duration.ofSeconds(2));
            assertEquals("Please enter your name and press Enter", clientSide.next("received").text());
        });
    }

    @Test
    void connectingToNothingFailsInTime() throws IOException {
        InetSocketAddress nobody;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobody = new InetSocketAddress(InetAddress.getLoopbackAddress(), probe.getLocalPort());
        }
        InetSocketAddress target = nobody;
        assertTimeoutPreemptively(BOUND, () -> assertThrows(IOException.class,
                () -> client.connect(target, TransportLimits.DEFAULT, new RecordingHandler(), Duration.ofSeconds(1))));
    }

    @Test
    void invalidUtf8IsDeliveredUntouched() {
        assertTimeoutPreemptively(BOUND, () -> {
            Socket socket = raw();
            serverSide.next("opened");
            byte[] bad = { 'a', (byte) 0xFF, 'b', (byte) 0xC3, (byte) 0x28 };
            socket.getOutputStream().write(bad);
            assertEquals("received", serverSide.next().kind());
            assertArrayEquals(bad, serverSide.frames.poll(), "the frame's bytes arrive exactly as sent, in one piece; "
                    + "decoding is the handler's business");
        });
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
            try (Endpoint fragile = server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    TransportLimits.DEFAULT, failing)) {
                RecordingHandler victimSide = new RecordingHandler();
                client.connect(fragile.localAddress(), TransportLimits.DEFAULT, victimSide, Duration.ofSeconds(5))
                        .send("boom");
                RecordingHandler bystanderSide = new RecordingHandler();
                Connection bystander = client.connect(fragile.localAddress(), TransportLimits.DEFAULT, bystanderSide,
                        Duration.ofSeconds(5));
                RecordingHandler.Call closed = failing.next("closed");
                assertEquals(CloseReason.ERROR, closed.reason(), "a handler that throws closes its connection");
                assertTrue(closed.text().contains("handler bug"), closed.text());
                assertEquals(CloseReason.PEER, victimSide.next("closed").reason());
                bystander.send("still fine");
                assertEquals("still fine", failing.next("received").text(), "the other connection is unaffected");
                bystander.close("test over");
            }
        });
    }
}
