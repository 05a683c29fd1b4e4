package org.chatroom.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP relay on loopback between a client and a room, so a test can drop the client's connection as a network
 * would ({@link #cut()}) and keep it out for a while ({@link #refuse(boolean)}): the room stays up meanwhile.
 */
final class Relay implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final List<Socket> open = new ArrayList<>();
    private volatile boolean refusing;

    Relay(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "relay-" + target);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** While refusing, a new connection is closed as soon as it is accepted. */
    void refuse(boolean value) {
        refusing = value;
    }

    /** Drops every relayed connection (both sides see the connection closed). */
    synchronized void cut() {
        for (Socket socket : open) {
            close(socket);
        }
        open.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (refusing) {
                    close(client);
                    continue;
                }
                Socket room = new Socket();
                room.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target), 5000);
                synchronized (this) {
                    open.add(client);
                    open.add(room);
                }
                pump(client, room);
                pump(room, client);
            } catch (IOException e) {
                // closed, or the room refused: the client sees its connection end
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // cut
            } finally {
                close(from);
                close(to);
            }
        }, "relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        cut();
    }
}
