package org.chatroom.client.irc.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.RoomListing;
import org.chatroom.protocol.irc.Formatting;

/**
 * One connection to an IRC server: the socket (plain or TLS with the JDK's trust store and host name check), a
 * reader thread that parses lines and hands them to {@link Registration}, {@link HistoryEvents} and
 * {@link InboundEvents}, and a
 * {@link LineWriter}. PING is answered here; silence longer than the ping interval is probed with a PING of our own.
 */
final class IrcSession {

    /** Told what the session does; called from the session's reader thread. */
    interface Owner {
        void registered(IrcSession session, String nick);

        void renamed(IrcSession session, String nick);

        /** The session ended by itself; {@code retry} when reconnecting may help. */
        void ended(IrcSession session, boolean retry, String detail);

        void events(List<ChatEvent> events);

        /** The members of {@code channel} changed. */
        void membersChanged(String channel);

        /** The channel list asked for with {@link IrcSession#listRooms()}. */
        void roomsListed(List<RoomListing> rooms);

        /** A channel the user asked to join refused for its key ({@code wrong}: one was given). */
        void roomPasswordRefused(String channel, boolean wrong, String detail);
    }

    /** Limits from the configuration. */
    record Limits(int maxLineBytes, int maxReceivedBytes, int maxQueued, int pingIntervalSeconds, int nickAttempts) {
    }

    private final ClientSettings settings;
    private final Limits limits;
    private final Channels channels;
    private final Owner owner;
    private final Registration registration;
    private final InboundEvents inbound;
    private final ChannelHistory channelHistory;
    private final HistoryEvents history;
    private final List<ChatEvent> pending = new ArrayList<>();
    /** How long the server has to close after our {@code QUIT} before the socket is closed anyway. */
    static final long QUIT_GRACE_MILLIS = 2_000;
    private volatile Socket socket;
    /** Counted down once the socket is closed ({@link #closeSocket}). */
    private final CountDownLatch socketClosed = new CountDownLatch(1);
    private volatile LineWriter writer;
    private volatile boolean over;
    private volatile String nick;
    private volatile String selfPrefix = "";

    /**
     * @param again a reconnect: the server's welcome burst (its host, statistics and MOTD), shown at the first
     *              connection, is not shown again
     */
    IrcSession(ClientSettings settings, Limits limits, Channels channels, ChannelHistory channelHistory, Owner owner,
            boolean again) {
        this.settings = settings;
        this.limits = limits;
        this.channels = channels;
        this.channelHistory = channelHistory;
        this.owner = owner;
        this.nick = settings.nickname();
        this.registration = new Registration(this, settings, limits.nickAttempts());
        this.inbound = new InboundEvents(this, channels, again);
        this.history = new HistoryEvents(this, channels, channelHistory);
    }

    /** Connects and registers; blocks for the connection (TCP and TLS handshake) only. */
    void start() throws IOException {
        Socket connected = settings.tls() ? tlsSocket() : new Socket();
        socket = connected;
        int timeout = (int) settings.connectTimeout().toMillis();
        try {
            connected.connect(new InetSocketAddress(settings.host(), settings.port()), timeout);
            if (connected instanceof SSLSocket secure) {
                connected.setSoTimeout(timeout);
                secure.startHandshake();
            }
            connected.setSoTimeout(limits.pingIntervalSeconds() * 1000);
        } catch (IOException e) {
            connected.close();
            throw e;
        }
        writer = new LineWriter(connected.getOutputStream(), limits.maxLineBytes(), limits.maxQueued(),
                e -> end(true, Texts.format("connection.lost", e.getMessage())), this::closeOnceTheServerHas,
                "chatroom-irc-writer");
        Thread reader = new Thread(this::readLoop, "chatroom-irc-reader");
        reader.setDaemon(true);
        reader.start();
        registration.begin();
    }

    /** A TLS socket that trusts the authorities and checks the host name, or trusts the fingerprint set. */
    private SSLSocket tlsSocket() throws IOException {
        boolean pinned = !settings.tlsFingerprint().isEmpty();
        SSLSocketFactory factory = pinned ? PinnedTrust.factory(settings.tlsFingerprint())
                : (SSLSocketFactory) SSLSocketFactory.getDefault();
        SSLSocket secure = (SSLSocket) factory.createSocket();
        SSLParameters parameters = secure.getSSLParameters();
        if (!pinned) { // a fingerprint names the certificate itself, whatever host it was issued for
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        parameters.setProtocols(new String[] { "TLSv1.3", "TLSv1.2" });
        secure.setSSLParameters(parameters);
        return secure;
    }

    /** Runs a line the user typed. @return {@code false} when the session is over */
    boolean send(String typed) {
        if (over) {
            return false;
        }
        try {
            TypedCommands.run(typed, this, channels);
        } catch (IllegalArgumentException e) {
            emitNow(new ChatEvent(ChatEvent.Kind.ERROR, Instant.now(), "", "", e.getMessage(), channels.current(), 0,
                    false));
        }
        return true;
    }

    /** Asks the server for its channels ({@code LIST}). @return {@code false} when the session is over */
    boolean listRooms() {
        if (over) {
            return false;
        }
        inbound.listAsked();
        write("LIST");
        return true;
    }

    /**
     * Waits until the socket is closed, the lines queued before (the {@code QUIT} of {@link #quit}) written first.
     *
     * @return whether it closed within {@code timeout}; at once when there was no socket
     */
    boolean awaitClosed(Duration timeout) throws InterruptedException {
        return socket == null || socketClosed.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Says goodbye and closes; no {@link Owner#ended} follows. */
    void quit(String reason) {
        if (over) {
            return;
        }
        over = true;
        LineWriter current = writer;
        if (current == null) {
            closeSocket();
            return;
        }
        try {
            current.send("QUIT :" + reason);
        } catch (IllegalArgumentException e) {
            // queue full: close without the goodbye
        }
        current.closeAfterQueued();
    }

    // for Registration, InboundEvents and TypedCommands

    void write(List<String> lines) {
        writer.send(lines);
    }

    void write(String line) {
        writer.send(line);
    }

    String nick() {
        return nick;
    }

    /** @return the channels' history, when the server keeps it for this session ({@code draft/chathistory}), else null */
    ChannelHistory history() {
        return registration.history() ? channelHistory : null;
    }

    void nick(String newNick) {
        boolean changed = !newNick.equals(nick);
        nick = newNick;
        if (changed && registration.done()) {
            owner.renamed(this, newNick);
        }
    }

    /** Our {@code nick!user@host} as the server shows it to others (learnt from our own JOIN), else empty. */
    String selfPrefix() {
        return selfPrefix;
    }

    void selfPrefix(String prefix) {
        selfPrefix = prefix;
    }

    /**
     * @return who a line of the server is from: the network's name once a server of it said it ({@code 005 NETWORK}),
     *         also before the welcome of a reconnect (a desktop names the server's tab after it, and the tab kept the
     *         network's name instead of going back to the host's), else {@code source}, the server's own name
     */
    String serverName(String source) {
        String network = channels.network();
        return network.isEmpty() ? source : network;
    }

    int maxLineBytes() {
        return limits.maxLineBytes();
    }

    /** An event for the user, handed over with the others of the same burst. */
    synchronized void emit(ChatEvent event) {
        String text = Formatting.strip(event.text()); // colours and bold of mIRC and bots: the words are kept
        pending.add(text.length() == event.text().length() ? event : new ChatEvent(event.kind(), event.time(),
                event.from(), event.to(), text, event.room(), event.seq(), event.history()));
    }

    /** An event from a thread other than the reader's. */
    void emitNow(ChatEvent event) {
        owner.events(List.of(event));
    }

    void roomsListed(List<RoomListing> rooms) {
        flush();
        owner.roomsListed(rooms);
    }

    /** Hands over the events first: the refusal's error comes before a UI asks for the key. */
    void roomPasswordRefused(String channel, boolean wrong, String detail) {
        flush();
        owner.roomPasswordRefused(channel, wrong, detail);
    }

    /** Hands over the burst's events first, so that a list follows the joins and leaves it reflects. */
    void membersChanged(String channel) {
        flush();
        owner.membersChanged(channel);
    }

    void registered(String welcomedNick) {
        nick = welcomedNick;
        // the joins go out before the client says it is connected: a line typed at once follows them on the wire
        List<String> wanted = channels.wanted();
        if (!wanted.isEmpty()) {
            write(TypedCommands.joins(wanted, channels::key));
        }
        flush(); // the welcome ("Connected to ... as ...") before the state: a console printed "-- connected" first
        owner.registered(this, welcomedNick);
    }

    /** Ends the session because of the server or the connection; the owner decides about reconnecting. */
    void end(boolean retry, String detail) {
        if (over) {
            return;
        }
        over = true;
        flush();
        closeSocket();
        owner.ended(this, retry, detail);
    }

    /**
     * After the {@code QUIT} is written (the writer's thread): the end of our output tells the server we are done,
     * and it closes in answer, which the reader waits for. Closed at once, with the server's last lines unread, the
     * socket was reset and the server could drop the {@code QUIT} with it: the others read "Connection closed". Closed
     * anyway after {@value #QUIT_GRACE_MILLIS} ms.
     */
    private void closeOnceTheServerHas() {
        try {
            socket.shutdownOutput();
            if (!socketClosed.await(QUIT_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                closeSocket();
            }
        } catch (IOException e) {
            closeSocket();
        } catch (InterruptedException e) {
            closeSocket();
            Thread.currentThread().interrupt();
        }
    }

    private void readLoop() {
        boolean pinged = false;
        try (InputStream in = new BufferedInputStream(socket.getInputStream())) {
            while (true) {
                String line;
                try {
                    line = readLine(in);
                } catch (SocketTimeoutException e) {
                    if (over) {
                        return; // quit, and the server did not close: closed below
                    }
                    if (pinged) {
                        end(true, Texts.format("connection.lost",
                                Texts.format("ping.timeout", limits.pingIntervalSeconds())));
                        return;
                    }
                    pinged = true;
                    write("PING :chatroom");
                    continue;
                }
                if (line == null) {
                    end(true, Texts.format("connection.lost", Texts.format("connection.closed")));
                    return;
                }
                if (over) {
                    continue; // quit: what the server says until it closes is not shown
                }
                pinged = false;
                handle(line);
                if (in.available() == 0) {
                    flush();
                }
            }
        } catch (IOException e) {
            end(true, Texts.format("connection.lost", e.getMessage()));
        } catch (RuntimeException e) {
            end(true, Texts.format("connection.lost", e.toString()));
        } finally {
            if (over) {
                closeSocket();
            }
        }
    }

    private void handle(String line) {
        IrcMessage message = IrcMessage.parse(line);
        if (message == null) {
            return;
        }
        if ("PING".equals(message.command())) {
            write("PONG :" + message.last());
        } else if (!registration.handle(message) && !history.handle(message)) {
            inbound.handle(message);
        }
    }

    private synchronized void flush() {
        if (!pending.isEmpty()) {
            owner.events(List.copyOf(pending));
            pending.clear();
        }
    }

    /** One line without CR LF; {@code null} at the end of the stream; lines over the limit are skipped. */
    private String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        boolean tooLong = false;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            if (b == '\n') {
                if (tooLong) {
                    tooLong = false;
                    line.reset();
                    continue;
                }
                return decode(line.toByteArray());
            }
            if (b != '\r' && !tooLong) {
                line.write(b);
                tooLong = line.size() > limits.maxReceivedBytes();
            }
        }
    }

    /** UTF-8, or Latin-1 for the older clients some networks still carry. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private void closeSocket() {
        Socket current = socket;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                // closing anyway
            }
            socketClosed.countDown();
        }
        LineWriter currentWriter = writer;
        if (currentWriter != null && over) {
            currentWriter.stop();
        }
    }
}
