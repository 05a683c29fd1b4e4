package org.chatroom.room.internal;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.Framing;

/**
 * The connection of a front end's member as the room core sees it: bytes sent to it are dropped (a front end's member
 * hears everything through its listener, see {@link Session#member}), and a close by the room (kick, flood, slow)
 * reaches the front end once, through {@code onClose}.
 */
final class MemberConnection implements Connection {

    private static final AtomicLong IDS = new AtomicLong();

    private final String id;
    private final InetSocketAddress address;
    private final Consumer<String> onClose;
    private final AtomicBoolean open = new AtomicBoolean(true);

    MemberConnection(String via, InetSocketAddress address, Consumer<String> onClose) {
        this.id = via + "-" + IDS.incrementAndGet();
        this.address = address;
        this.onClose = onClose;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return address;
    }

    @Override
    public boolean send(byte[] data) {
        return open.get();
    }

    @Override
    public void setFraming(Framing framing) {
        // no bytes: nothing to frame
    }

    @Override
    public void close(String detail) {
        if (open.compareAndSet(true, false)) {
            onClose.accept(detail);
        }
    }

    /** Marks it closed by the front end itself; @return whether it was open */
    boolean closeQuietly() {
        return open.compareAndSet(true, false);
    }

    @Override
    public boolean isOpen() {
        return open.get();
    }
}
