package org.chatroom.room.tests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.ConnectionAcceptor;
import org.chatroom.api.transport.ConnectionHandler;
import org.chatroom.api.transport.Endpoint;
import org.chatroom.api.transport.Framing;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;

/**
 * A real server transport whose connections note every send, in the order the room made them: which connection, on
 * which transport thread, what bytes. The room gets the notes' connections in place of the transport's own, so every
 * byte it sends passes here.
 */
final class SendOrderTransport implements ServerTransport {

    /** One send: to the connection {@code id}, served by {@code executor}. */
    record Send(String id, Executor executor, String text) {
    }

    private final ServerTransport transport;
    private final ConcurrentLinkedQueue<Send> sends = new ConcurrentLinkedQueue<>();

    SendOrderTransport(ServerTransport transport) {
        this.transport = transport;
    }

    /** Every send so far, in the order they were made. */
    List<Send> sends() {
        return List.copyOf(sends);
    }

    @Override
    public Endpoint listen(InetSocketAddress bind, TransportLimits limits, ConnectionAcceptor acceptor)
            throws IOException {
        return transport.listen(bind, limits, connection -> {
            Noted noted = new Noted(connection);
            return new NotedHandler(noted, acceptor.accept(noted));
        });
    }

    /** The transport's connection, noting its sends. */
    private final class Noted implements Connection {
        private final Connection wire;

        Noted(Connection wire) {
            this.wire = wire;
        }

        @Override
        public String id() {
            return wire.id();
        }

        @Override
        public InetSocketAddress remoteAddress() {
            return wire.remoteAddress();
        }

        @Override
        public boolean send(byte[] data) {
            sends.add(new Send(wire.id(), wire.executor(), new String(data, StandardCharsets.UTF_8)));
            return wire.send(data);
        }

        @Override
        public void setFraming(Framing framing) {
            wire.setFraming(framing);
        }

        @Override
        public void close(String detail) {
            wire.close(detail);
        }

        @Override
        public boolean isOpen() {
            return wire.isOpen();
        }

        @Override
        public Executor executor() {
            return wire.executor();
        }
    }

    /** The room's handler of one connection, told about the noting connection instead of the transport's. */
    private record NotedHandler(Noted noted, ConnectionHandler handler) implements ConnectionHandler {

        @Override
        public void opened(Connection connection) {
            handler.opened(noted);
        }

        @Override
        public void received(Connection connection, byte[] frame) {
            handler.received(noted, frame);
        }

        @Override
        public void frameTooLong(Connection connection, int limit) {
            handler.frameTooLong(noted, limit);
        }

        @Override
        public void closed(Connection connection, CloseReason reason, String detail) {
            handler.closed(noted, reason, detail);
        }
    }

    /** Sends grouped by transport thread, in order, each group's ids of the connections that got {@code text}. */
    static Map<Executor, List<String>> byThread(List<Send> sends, String text) {
        Map<Executor, List<String>> ids = new HashMap<>();
        for (Send send : sends) {
            if (send.executor() != null && send.text().contains(text)) {
                ids.computeIfAbsent(send.executor(), executor -> new ArrayList<>()).add(send.id());
            }
        }
        return ids;
    }
}
