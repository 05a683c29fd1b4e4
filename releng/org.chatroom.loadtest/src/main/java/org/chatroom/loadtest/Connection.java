package org.chatroom.loadtest;

import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * One client: its handshake over the original protocol (prompt, name, welcome) or IRC ({@link IrcSession}), what it
 * received, and, for a sender, what it sent. An idle client joins and reads but is not measured. It counts the
 * messages of its own room's senders only; a message from another room's sender is a leak. Owned by one I/O
 * thread; read by the main thread only after that thread has ended.
 */
final class Connection implements TokenScanner.Sink {

    enum State { NEW, CONNECTING, AWAIT_PROMPT, AWAIT_WELCOME, JOINED, CLOSED }

    static final String PROMPT = "Please enter your name and press Enter";
    private static final int HANDSHAKE_LIMIT = 16 * 1024;
    private static final int RECENT_LIMIT = 256;

    final int index;
    final String name;
    /** Sender number 0..K-1, or -1 for a client that only receives. */
    final int sender;
    /** The room it is in ({@link Rooms}). */
    final int room;
    /** Its room, on its server when the servers do not share their rooms ({@link Options#groupOf}). */
    final int group;
    /** Joins and reads everything, never sends, and takes no part in the measurement. */
    final boolean idle;
    final ByteBuffer out;
    /** The client's IRC, or {@code null} over the original protocol. */
    final IrcSession irc;

    SocketChannel channel;
    Wire wire = Wire.PLAIN;
    SelectionKey key;
    State state = State.NEW;
    long connectStart;
    long joinedAt;
    /** Joined when sending started: deliveries are expected. */
    boolean receiver;
    /** The server closed it, or it failed, after it joined. */
    boolean dropped;

    // what it received
    private final StringBuilder handshake = new StringBuilder();
    /** The last text received after joining, while others still join (for confirmed joins). */
    private final StringBuilder recent = new StringBuilder();
    private final TokenScanner scanner;
    private final Rooms rooms;
    private final int senders;
    /** Per sender of this room, by its {@link Rooms#slot}. */
    private final SequenceTracker[] fromSender;
    private final Histogram latency;
    private final Histogram crossLatency;
    private final Servers servers;
    /** Several servers: whether this receiver expects a sender's messages, and crossed nodes, depend on who sent. */
    private final boolean severalServers;
    private final long epoch;
    private long readAt;
    /** The settling line this member waits for, or {@code null}; how much of it matched so far. */
    private byte[] watching;
    private int watched;
    private boolean sawMarker;
    long delivered;
    /** The latency of every delivery to this receiver added up ({@link Fairness}). */
    long latencySumMicros;
    long corrupt;
    /** Messages from a sender of another room. */
    long leaked;
    /** Messages from senders on another server, with servers that do not share their rooms (not expected). */
    long foreign;
    long lastDelivery;

    // what it sent (senders only)
    long nextSeq;
    long echoed;
    long lastProgress;
    long nextDue;
    long windowResets;

    Connection(int index, int sender, boolean idle, Options options, long epoch, Histogram latency,
            Histogram crossLatency) {
        int padding = options.padding();
        this.index = index;
        this.name = Options.clientName(index);
        this.sender = sender;
        this.rooms = options.rooms();
        this.room = rooms.of(index);
        this.group = options.groupOf(index);
        this.servers = options.servers();
        this.severalServers = servers.count() > 1;
        this.crossLatency = crossLatency;
        this.senders = options.senders();
        this.idle = idle;
        this.epoch = epoch;
        this.latency = latency;
        this.scanner = new TokenScanner(padding, this);
        this.fromSender = new SequenceTracker[rooms.senders(room, senders)];
        for (int i = 0; i < fromSender.length; i++) {
            fromSender[i] = new SequenceTracker();
        }
        this.out = ByteBuffer.allocate(Math.max(1024, 2 * (TokenScanner.maxLength(padding) + 64
                + rooms.longestChannel())));
        this.irc = options.protocol() == Protocol.IRC ? new IrcSession(this, options.channelOf(index, idle),
                options.ircEcho()) : null;
    }

    /** Bytes arrived at {@code now}. Returns true when this read completed the join. */
    boolean received(ByteBuffer bytes, long now) {
        readAt = now;
        if (watching != null && state == State.JOINED) {
            watchFor(bytes);
        }
        if (state == State.JOINED && idle) {
            bytes.position(bytes.limit());
            return false;
        }
        if (irc != null) {
            return irc.received(bytes, now);
        }
        if (state == State.JOINED) {
            scanner.scan(bytes);
            return false;
        }
        byte[] chunk = new byte[bytes.remaining()];
        bytes.get(chunk);
        handshake.append(new String(chunk, StandardCharsets.ISO_8859_1));
        if (state == State.AWAIT_PROMPT) {
            int end = handshake.indexOf(PROMPT);
            if (end < 0) {
                trimHandshake();
                return false;
            }
            handshake.delete(0, end + PROMPT.length());
            out.put(name.getBytes(StandardCharsets.US_ASCII));
            state = State.AWAIT_WELCOME;
        }
        String welcome = "Welcome to the chat " + name + ".";
        int at = handshake.indexOf(welcome);
        if (at < 0) {
            trimHandshake();
            return false;
        }
        joined(now);
        scanner.scan(handshake.substring(at + welcome.length()).getBytes(StandardCharsets.ISO_8859_1));
        handshake.setLength(0);
        return true;
    }

    /** From now on, looks for {@code marker} in what it receives ({@link #tookMarker}). */
    void watch(byte[] marker) {
        watching = marker;
        watched = 0;
    }

    /** Whether the marker arrived since the last call (true once). */
    boolean tookMarker() {
        boolean saw = sawMarker;
        sawMarker = false;
        return saw;
    }

    /** Matches the marker across reads; its first byte occurs in it only once, so a mismatch restarts at most there. */
    private void watchFor(ByteBuffer bytes) {
        for (int i = bytes.position(); i < bytes.limit() && watching != null; i++) {
            byte b = bytes.get(i);
            watched = b == watching[watched] ? watched + 1 : b == watching[0] ? 1 : 0;
            if (watched == watching.length) {
                watching = null;
                sawMarker = true;
            }
        }
    }

    void joined(long now) {
        state = State.JOINED;
        joinedAt = now;
    }

    /** Scans received message text (IRC: the text of one PRIVMSG). */
    void scan(byte[] bytes, int offset, int length) {
        scanner.scan(bytes, offset, length);
    }

    /** Keeps the tail of what a member receives while the room fills up. */
    void remember(ByteBuffer bytes) {
        byte[] chunk = new byte[bytes.remaining()];
        bytes.get(chunk);
        recent.append(new String(chunk, StandardCharsets.ISO_8859_1));
        if (recent.length() > RECENT_LIMIT) {
            recent.delete(0, recent.length() - RECENT_LIMIT);
        }
    }

    boolean recentlyReceived(String text) {
        return recent.indexOf(text) >= 0;
    }

    private void trimHandshake() {
        if (handshake.length() > HANDSHAKE_LIMIT) {
            handshake.delete(0, handshake.length() - HANDSHAKE_LIMIT / 2);
        }
    }

    @Override
    public void token(int from, long seq, long nanos) {
        if (from >= senders) {
            corrupt++;
            return;
        }
        if (severalServers && !servers.expects(index, from)) {
            foreign++;
            return;
        }
        if (rooms.of(from) != room) {
            leaked++;
            return;
        }
        if (fromSender[rooms.slot(from)].receive(seq)) {
            delivered++;
            long micros = (readAt - epoch - nanos) / 1_000;
            latency.record(micros);
            latencySumMicros += micros;
            if (severalServers && servers.crossNode(index, from)) {
                crossLatency.record(micros);
            }
            lastDelivery = readAt;
        }
        if (from == sender) {
            echoed = Math.max(echoed, seq + 1);
            lastProgress = readAt;
        }
    }

    @Override
    public void corrupt() {
        corrupt++;
    }

    long duplicates() {
        long sum = 0;
        for (SequenceTracker t : fromSender) {
            sum += t.duplicates();
        }
        return sum;
    }

    long reordered() {
        long sum = 0;
        for (SequenceTracker t : fromSender) {
            sum += t.reordered();
        }
        return sum;
    }

    boolean isSender() {
        return sender >= 0;
    }
}
