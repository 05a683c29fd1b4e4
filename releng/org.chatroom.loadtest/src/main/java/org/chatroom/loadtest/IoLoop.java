package org.chatroom.loadtest;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import javax.net.ssl.SSLEngine;

/**
 * One selector thread driving a share of the clients: connects them, runs their handshakes, reads and scans
 * everything they receive, and makes its senders send. No blocking call except the bounded select.
 */
final class IoLoop implements Runnable {

    private static final long SELECT_MILLIS = 1;
    private static final int READS_PER_WAKEUP = 8;
    private static final long WINDOW_TIMEOUT_NANOS = 2_000_000_000L;
    private static final long MAX_RATE_LAG_NANOS = 100_000_000L;
    private static final long JOIN_READ_PAUSE_NANOS = 1_000_000L;
    private static final byte[] CRLF = { '\r', '\n' };

    private final RunControl control;
    private final Options options;
    private final List<Connection> connections;
    private final List<Connection> senders = new ArrayList<>();
    private final Map<Integer, Connection> byIndex = new HashMap<>();
    private final Selector selector;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(256 * 1024);
    private final long sendInterval;
    private final Supplier<SSLEngine> tls;
    /**
     * Messages sent and receivers, per group of clients who see each other's messages ({@link Options#groupOf}):
     * written by this thread, read by the main thread while it drains.
     */
    private final AtomicLongArray sentByGroup;
    private final AtomicIntegerArray receiversByGroup;

    final Histogram latency;
    /** Latency of the deliveries whose receiver is on another server than their sender. */
    final Histogram crossLatency;
    final Histogram joinLatency = new Histogram();

    private int nextToOpen;
    private long delivered;
    private long sent;
    private boolean sendingStarted;
    private boolean settling;
    private boolean markerSent;
    private volatile long publishedDelivered;
    private volatile long publishedSent;
    private volatile int publishedPhase = -1;
    private volatile Throwable failure;
    /** The longest round of this thread while sending ({@link Fairness}). */
    private long longestRoundNanos;

    /** @param tls the clients' TLS engines, {@code null} for plain TCP */
    IoLoop(RunControl control, List<Connection> connections, Histogram latency, Histogram crossLatency,
            Supplier<SSLEngine> tls) throws IOException {
        this.control = control;
        this.options = control.options();
        this.connections = connections;
        this.latency = latency;
        this.crossLatency = crossLatency;
        this.selector = Selector.open();
        this.sentByGroup = new AtomicLongArray(options.groupCount());
        this.receiversByGroup = new AtomicIntegerArray(options.groupCount());
        for (Connection c : connections) {
            byIndex.put(c.index, c);
            if (c.isSender()) {
                senders.add(c);
            }
        }
        long perSender = options.rate() == 0 || options.senders() == 0 ? 0
                : 1_000_000_000L * options.senders() / options.rate();
        this.sendInterval = perSender;
        this.tls = tls;
    }

    @Override
    public void run() {
        try {
            connectMore();
            long roundStart = System.nanoTime();
            for (int phase = control.phase(); phase != RunControl.STOP; phase = control.phase()) {
                long now = System.nanoTime();
                if (phase == RunControl.SEND) {
                    longestRoundNanos = Math.max(longestRoundNanos, now - roundStart);
                }
                roundStart = now;
                if (phase >= RunControl.SEND && !sendingStarted) {
                    beginSending();
                }
                if (phase == RunControl.JOIN && !settling && control.marker() != null) {
                    beginSettling(control.marker()); // before this round's reads: the line may come in them
                }
                if (settling && !markerSent && control.allWatching()) {
                    sendMarker(control.marker());
                }
                selector.select(SELECT_MILLIS);
                int handled = handleSelected();
                if (phase == RunControl.JOIN) {
                    confirmJoin();
                    connectMore();
                    if (handled > 0 && !options.confirmJoins()) {
                        // while N clients join, every member gets N join notices one by one: reading them in
                        // batches keeps this tool from spending the box's CPU on one read per notice
                        LockSupport.parkNanos(JOIN_READ_PAUSE_NANOS);
                    }
                }
                if (phase == RunControl.SEND) {
                    driveSenders();
                }
                checkWindows(System.nanoTime());
                publishedDelivered = delivered;
                publishedSent = sent;
                publishedPhase = phase;
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        } finally {
            closeAll();
        }
    }

    /** Opens this thread's next connections as far as the join gate allows (all at once when it has no limit). */
    private void connectMore() throws IOException {
        while (nextToOpen < connections.size() && control.joinGate().tryStart(System.nanoTime())) {
            Connection c = connections.get(nextToOpen++);
            c.state = Connection.State.CONNECTING;
            c.connectStart = System.nanoTime();
            try {
                c.wire = tls == null ? Wire.PLAIN : new TlsWire(tls.get());
                c.channel = SocketChannel.open();
                c.channel.configureBlocking(false);
                c.channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                if (options.source(c.index) != null) {
                    c.channel.bind(options.source(c.index));
                }
                boolean connected = c.channel.connect(options.servers().address(c.index));
                c.key = c.channel.register(selector, connected ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT, c);
                c.state = connected ? Connection.State.AWAIT_PROMPT : Connection.State.CONNECTING;
                if (connected) {
                    connected(c);
                }
            } catch (IOException e) {
                drop(c);
            }
        }
    }

    /** With confirmed joins: tells the gate when the member it waits for has seen the newcomer's join notice. */
    private void confirmJoin() {
        JoinGate gate = control.joinGate();
        int confirmer = gate.confirmer();
        if (confirmer < 0) {
            return;
        }
        long now = System.nanoTime();
        Connection c = byIndex.get(confirmer);
        if (c != null && c.recentlyReceived(gate.notice())) {
            gate.confirmed(confirmer, now);
        }
        gate.expire(now);
    }

    /** This thread's members watch for the settling line. */
    private void beginSettling(byte[] marker) {
        settling = true;
        for (Connection c : connections) {
            if (c.state == Connection.State.JOINED) {
                c.watch(marker);
            }
        }
        control.watching();
    }

    /**
     * Once every thread's members watch: the first client (if it is this thread's) sends the settling line, and in
     * the idle members' own channel ({@code --idle-channel}) the first of them.
     */
    private void sendMarker(byte[] marker) throws IOException {
        markerSent = true;
        sendMarker(byIndex.get(0), marker);
        if (!options.idleChannel().isEmpty()) {
            sendMarker(byIndex.get(options.clients()), marker);
        }
    }

    private void sendMarker(Connection first, byte[] marker) throws IOException {
        if (first != null && first.state == Connection.State.JOINED) {
            beginLine(first);
            first.out.put(marker);
            endLine(first, true);
            flush(first);
        }
    }

    /** Clients that have not joined by now take no part in the measurement. */
    private void beginSending() {
        sendingStarted = true;
        for (Connection c : connections) {
            if (c.state == Connection.State.JOINED) {
                if (!c.idle) {
                    c.receiver = true;
                    receiversByGroup.incrementAndGet(c.group);
                }
            } else if (c.state != Connection.State.CLOSED) {
                drop(c);
            }
        }
        long start = control.sendStart();
        for (Connection c : senders) {
            c.nextDue = start;
            c.lastProgress = start;
        }
    }

    /** Handles the ready keys; returns how many there were. */
    private int handleSelected() {
        int handled = 0;
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            handled++;
            Connection c = (Connection) key.attachment();
            try {
                if (key.isValid() && key.isConnectable() && c.channel.finishConnect()) {
                    c.state = Connection.State.AWAIT_PROMPT;
                    key.interestOps(SelectionKey.OP_READ);
                    connected(c);
                }
                if (key.isValid() && key.isReadable()) {
                    read(c);
                }
                if (key.isValid() && key.isWritable()) {
                    flush(c);
                }
            } catch (IOException e) {
                drop(c);
            }
        }
        return handled;
    }

    /** The TCP connection is up: a TLS client starts its handshake. */
    private void connected(Connection c) throws IOException {
        c.wire.start(c.channel);
        if (c.irc != null) {
            c.irc.hello();
            flush(c);
        } else if (c.wire.pending()) {
            c.key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
    }

    private void read(Connection c) throws IOException {
        for (int i = 0; i < READS_PER_WAKEUP && c.state != Connection.State.CLOSED; i++) {
            readBuffer.clear();
            int n = c.wire.read(c.channel, readBuffer);
            if (n < 0) {
                drop(c);
                return;
            }
            if (n == 0) {
                return;
            }
            readBuffer.flip();
            long now = System.nanoTime();
            long before = c.delivered;
            if (options.confirmJoins() && c.state == Connection.State.JOINED && control.phase() == RunControl.JOIN) {
                c.remember(readBuffer.duplicate());
            }
            boolean waitingForWelcome = c.state != Connection.State.JOINED;
            boolean joinedNow = c.received(readBuffer, now);
            if (c.tookMarker()) {
                control.settledOne();
            }
            delivered += c.delivered - before;
            if ((waitingForWelcome || c.irc != null) && c.out.position() > 0) {
                flush(c); // the name after the prompt; IRC: JOIN after the welcome, PONG
            }
            if (joinedNow) {
                control.joinGate().joined(c.index, now);
                control.joinedOne();
                joinLatency.record((now - c.connectStart) / 1_000);
            }
        }
    }

    /** Starts a chat line in {@code c}'s output: over IRC, the PRIVMSG to its channel. */
    private static void beginLine(Connection c) {
        if (c.irc != null) {
            c.out.put(c.irc.messagePrefix());
        }
    }

    /** Ends a chat line: CR LF over IRC, else LF when {@code newline} (the original client sends none). */
    private static void endLine(Connection c, boolean newline) {
        if (c.irc != null) {
            c.out.put(CRLF);
        } else if (newline) {
            c.out.put((byte) '\n');
        }
    }

    private void driveSenders() throws IOException {
        long now = System.nanoTime();
        for (Connection c : senders) {
            if (c.state != Connection.State.JOINED || c.out.position() > 0) {
                continue;
            }
            if (sendInterval > 0 && now - c.nextDue > MAX_RATE_LAG_NANOS) {
                c.nextDue = now - MAX_RATE_LAG_NANOS; // behind schedule: no unbounded catch-up burst
            }
            while (c.nextSeq - c.echoed < options.window() && (sendInterval == 0 || now >= c.nextDue)) {
                long at = System.nanoTime();
                beginLine(c);
                TokenScanner.write(c.out, c.sender, c.nextSeq, at - control.epoch(), options.padding());
                endLine(c, options.newline());
                c.nextSeq++;
                if (!options.ownEcho()) {
                    c.echoed = c.nextSeq; // no echo comes back over IRC without echo-message: no window
                }
                c.lastProgress = at;
                c.nextDue += sendInterval;
                sent++;
                sentByGroup.incrementAndGet(c.group);
                flush(c);
                if (c.out.position() > 0 || c.state == Connection.State.CLOSED) {
                    break; // the socket is full: wait until it drains
                }
            }
        }
    }

    /** A sender whose echo never comes back (lost) would stall: after a while its window is reopened. */
    private void checkWindows(long now) {
        for (Connection c : senders) {
            if (c.nextSeq > c.echoed && now - c.lastProgress > WINDOW_TIMEOUT_NANOS) {
                c.windowResets++;
                c.echoed = c.nextSeq;
                c.lastProgress = now;
            }
        }
    }

    private void flush(Connection c) throws IOException {
        if (c.state == Connection.State.CLOSED) {
            return;
        }
        c.out.flip();
        try {
            c.wire.write(c.channel, c.out);
        } finally {
            c.out.compact();
        }
        c.key.interestOps(c.out.position() > 0 || c.wire.pending() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE
                : SelectionKey.OP_READ);
    }

    private void drop(Connection c) {
        if (c.state == Connection.State.CLOSED) {
            return;
        }
        if (c.state == Connection.State.JOINED) {
            c.dropped = true;
        } else {
            if (c.state != Connection.State.NEW) {
                control.joinGate().failed(System.nanoTime());
            }
            control.failedOne();
        }
        c.state = Connection.State.CLOSED;
        closeQuietly(c);
    }

    /** Leaves politely ({quit}, best effort, never blocking) and closes every connection, then the selector. */
    private void closeAll() {
        for (Connection c : connections) {
            if (c.state == Connection.State.JOINED && c.out.position() == 0) {
                try {
                    c.wire.write(c.channel, ByteBuffer.wrap(options.protocol().quit()));
                } catch (IOException e) {
                    // closing anyway
                }
            }
            closeQuietly(c);
        }
        try {
            selector.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    private static void closeQuietly(Connection c) {
        if (c.key != null) {
            c.key.cancel();
        }
        if (c.channel != null) {
            try {
                c.channel.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    void wakeup() {
        selector.wakeup();
    }

    long delivered() {
        return publishedDelivered;
    }

    long sent() {
        return publishedSent;
    }

    long sentInGroup(int group) {
        return sentByGroup.get(group);
    }

    int receiversInGroup(int group) {
        return receiversByGroup.get(group);
    }

    /** The last phase this thread completed an iteration in. */
    int phaseSeen() {
        return publishedPhase;
    }

    /** Read after this thread ended. */
    long longestRoundNanos() {
        return longestRoundNanos;
    }

    Throwable failure() {
        return failure;
    }

    List<Connection> connections() {
        return connections;
    }
}
