package org.chatroom.irc.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.room.RoomHost;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.irc.internal.session.IrcClient;
import org.chatroom.irc.internal.session.Network;
import org.chatroom.irc.internal.wire.IrcMessage;
import org.osgi.service.log.Logger;

/** A running IRC listener: its endpoints (plain, and TLS when asked), its clients and its timer. */
public final class IrcServer implements AutoCloseable {

    /** A client's tags and line, without CR LF: the most one frame may hold. */
    static final int MAX_FRAME = IrcMessage.MAX_CLIENT_TAG_BYTES + IrcMessage.MAX_LINE_BYTES;
    /** How long stopping waits for the goodbyes queued on the connections' threads. */
    private static final long STOP_DRAIN_MILLIS = 2_000;

    private final Network network;
    private final ScheduledExecutorService timer;
    private final Endpoint plain;
    private final Endpoint tls; // may be null

    private IrcServer(Network network, ScheduledExecutorService timer, Endpoint plain, Endpoint tls) {
        this.network = network;
        this.timer = timer;
        this.plain = plain;
        this.tls = tls;
    }

    /**
     * Listens on {@code bind} through {@code transport} and, with {@code tlsTransport}, on {@code tlsBind} too.
     *
     * @throws IOException when an address cannot be bound
     */
    public static IrcServer open(Network.Settings settings, org.chatroom.room.member.MemberService members,
            RoomHost host, ServerTransport transport, InetSocketAddress bind, ServerTransport tlsTransport, InetSocketAddress tlsBind,
            int maxQueuedBytes, Logger logger) throws IOException {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "chatroom-irc-timer");
            thread.setDaemon(true);
            return thread;
        });
        Network network = new Network(settings, members, host, timer, logger);
        // a connection refused before registration (limits per address, clear text on the TLS port) is told in
        // IRC's words: "ERROR :reason", which clients show as the server's reason for closing
        TransportLimits limits = new TransportLimits(MAX_FRAME, maxQueuedBytes, "ERROR :%s\r\n");
        Endpoint plain = null;
        try {
            plain = transport.listen(bind, limits, connection -> new IrcClient(network, connection));
            Endpoint tls = tlsTransport == null ? null
                    : tlsTransport.listen(tlsBind, limits, connection -> new IrcClient(network, connection));
            long ping = Math.max(1, settings.pingSeconds() / 4);
            timer.scheduleWithFixedDelay(network::keepAlive, ping, ping, TimeUnit.SECONDS);
            return new IrcServer(network, timer, plain, tls);
        } catch (IOException | RuntimeException e) {
            if (plain != null) {
                plain.close();
            }
            timer.shutdownNow();
            throw e;
        }
    }

    public InetSocketAddress address() {
        return plain.localAddress();
    }

    /** The TLS endpoint's address, or null without TLS. */
    public InetSocketAddress tlsAddress() {
        return tls == null ? null : tls.localAddress();
    }

    @Override
    public void close() {
        close(Messages.get("stopping"));
    }

    /** Closes, telling every client {@code reason} ({@code ERROR :Closing Link: reason}). */
    public void close(String reason) {
        network.closeAll(reason, STOP_DRAIN_MILLIS);
        plain.close();
        if (tls != null) {
            tls.close();
        }
        timer.shutdownNow();
    }
}
