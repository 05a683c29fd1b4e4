package org.chatroom.cluster.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy on loopback in front of one server (a Redis), through which a node connects: it can hold what a
 * client sends from the moment it contains a given text until {@link #release}, so that the server stands still for
 * that one connection at a chosen step of a conversation (a stalled Redis, as its client sees it), while the server
 * goes on for everyone else.
 */
final class StallingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final List<Socket> sockets = new ArrayList<>();
    private final Object lock = new Object();
    private byte[] armed; // guarded by lock: the text to hold at, until a connection sends it
    private CountDownLatch held = new CountDownLatch(1); // guarded by lock
    private boolean holding; // guarded by lock

    private StallingProxy(ServerSocket listener, int target) {
        this.listener = listener;
        this.target = target;
    }

    /** A proxy in front of the server at {@code 127.0.0.1:port}, accepting at once. */
    static StallingProxy start(int port) throws IOException {
        StallingProxy proxy = new StallingProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), port);
        Thread accept = new Thread(proxy::accept, "stalling-proxy-accept");
        accept.setDaemon(true);
        accept.start();
        return proxy;
    }

    String address() {
        return "127.0.0.1:" + listener.getLocalPort();
    }

    /** The next bytes a client sends that contain {@code text} (in one read or two) wait for {@link #release}. */
    void holdAt(String text) {
        synchronized (lock) {
            armed = text.getBytes(StandardCharsets.UTF_8);
            held = new CountDownLatch(1);
        }
    }

    /** Waits (bounded) until a client's bytes are held. */
    void awaitHeld(long seconds) throws InterruptedException {
        CountDownLatch latch;
        synchronized (lock) {
            latch = held;
        }
        if (!latch.await(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("no client sent the text to hold at in " + seconds + " s");
        }
    }

    /** Forwards what is held; nothing is held afterwards. */
    void release() {
        synchronized (lock) {
            armed = null;
            holding = false;
            lock.notifyAll();
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                synchronized (sockets) {
                    sockets.add(client);
                    sockets.add(server);
                }
                pump(client, server, true);
                pump(server, client, false);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pump(Socket from, Socket to, boolean watch) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[65_536];
            byte[] tail = new byte[0]; // the end of the previous read, for a text split across two reads
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (watch) {
                        tail = awaitIfHeld(tail, buffer, n);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // one side closed: the other is closed by the try
            }
        }, "stalling-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** Holds the calling pump while these bytes complete the armed text; returns the tail to keep. */
    private byte[] awaitIfHeld(byte[] tail, byte[] buffer, int n) throws InterruptedException {
        synchronized (lock) {
            if (armed == null) {
                return tail;
            }
            byte[] seen = new byte[tail.length + n];
            System.arraycopy(tail, 0, seen, 0, tail.length);
            System.arraycopy(buffer, 0, seen, tail.length, n);
            if (indexOf(seen, armed) >= 0) {
                armed = null;
                holding = true;
                held.countDown();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (holding && deadline - System.nanoTime() > 0) {
                    lock.wait(1_000);
                }
                return new byte[0];
            }
            int keep = Math.min(seen.length, armed.length - 1);
            byte[] next = new byte[keep];
            System.arraycopy(seen, seen.length - keep, next, 0, keep);
            return next;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            int j = 0;
            while (j < needle.length && haystack[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        release();
        listener.close();
        synchronized (sockets) {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
