package org.chatroom.transport.socket.connection;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/** Plain TCP: the socket's bytes are the application's bytes. */
public final class PlainCodec implements ByteCodec {

    /** Stateless: one instance serves every connection. */
    public static final PlainCodec INSTANCE = new PlainCodec();

    private PlainCodec() {
    }

    @Override
    public void start(Context context) {
        context.established();
    }

    @Override
    public void decode(ByteBuffer wire, Context context, Consumer<ByteBuffer> plain) {
        if (wire.hasRemaining()) {
            plain.accept(wire);
        }
    }

    @Override
    public boolean transparent() {
        return true;
    }

    @Override
    public int encode(ByteBuffer plain, ByteBuffer wire) {
        throw new UnsupportedOperationException("plain bytes are written as they are");
    }

    @Override
    public void goodbye(ByteBuffer wire) {
        // nothing to say
    }
}
