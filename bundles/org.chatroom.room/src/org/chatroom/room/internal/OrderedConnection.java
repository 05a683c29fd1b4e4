package org.chatroom.room.internal;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.Framing;

/**
 * A member's connection as its session uses it: sends and closes go straight to the transport, except while its
 * {@link Lane} still has room events to send, when they queue behind them. Without this, a reply or a goodbye sent
 * from another thread could overtake the room events committed before it.
 */
final class OrderedConnection implements Connection {

    private final Connection wire;
    private final Lane lane;

    private OrderedConnection(Connection wire, Lane lane) {
        this.wire = wire;
        this.lane = lane;
    }

    /** The lanes of one room server, one per transport thread. */
    static final class Lanes {
        private final Map<Executor, Lane> lanes = new ConcurrentHashMap<>();

        /** {@code connection} in its lane, or itself when its transport has no thread of its own. */
        Connection ordered(Connection connection) {
            Executor executor = connection.executor();
            return executor == null ? connection : new OrderedConnection(connection, lane(executor));
        }

        /** The lane of {@code executor}, a transport thread: a front end's member served there shares it. */
        Lane lane(Executor executor) {
            return lanes.computeIfAbsent(executor, Lane::new);
        }

        /**
         * Waits, at most {@code millis}, until what was queued on every lane so far has run: a goodbye queued behind
         * room events must reach the transport before the server closes its connections.
         */
        void drain(long millis) {
            List<Lane> all = List.copyOf(lanes.values());
            CountDownLatch done = new CountDownLatch(all.size());
            for (Lane lane : all) {
                lane.behind(done::countDown);
            }
            try {
                done.await(millis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    Connection wire() {
        return wire;
    }

    Lane lane() {
        return lane;
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
        if (lane.busy()) {
            lane.behind(() -> wire.send(data));
            return wire.isOpen();
        }
        return wire.send(data);
    }

    @Override
    public void setFraming(Framing framing) {
        wire.setFraming(framing);
    }

    @Override
    public void close(String detail) {
        if (lane.busy()) {
            lane.behind(() -> wire.close(detail));
        } else {
            wire.close(detail);
        }
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
