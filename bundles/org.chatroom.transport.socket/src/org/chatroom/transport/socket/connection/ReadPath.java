package org.chatroom.transport.socket.connection;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.function.Consumer;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Framing;

/**
 * The read path of one {@link NioConnection} (loop thread only): socket bytes through the codec, plain bytes through
 * the frame decoder, frames to the connection's handler.
 */
final class ReadPath implements FrameDecoder.Sink {

    private final NioConnection connection;
    private final SocketChannel channel;
    private final IoLoop loop;
    private final ByteCodec codec;
    private final FrameDecoder decoder;
    private final Consumer<ByteBuffer> frames = this::feed;
    private volatile Framing framing = Framing.CHUNKS;

    ReadPath(NioConnection connection, SocketChannel channel, IoLoop loop, ByteCodec codec, int maxFrameBytes) {
        this.connection = connection;
        this.channel = channel;
        this.loop = loop;
        this.codec = codec;
        this.decoder = new FrameDecoder(maxFrameBytes);
    }

    void setFraming(Framing framing) {
        this.framing = framing;
    }

    /** The socket has bytes ({@code OP_READ}). */
    void readable() {
        ByteBuffer buffer = loop.readBuffer();
        buffer.clear();
        int count;
        try {
            count = channel.read(buffer);
        } catch (IOException e) {
            connection.abort(CloseReason.ERROR, "read failed: " + e.getMessage());
            return;
        }
        if (count < 0) {
            connection.abort(CloseReason.PEER, "closed by peer");
            return;
        }
        synchronized (connection) {
            if (connection.closeState().lingering()) {
                return; // closing (or refused): the peer's bytes are dropped
            }
        }
        buffer.flip();
        decodeWire(buffer);
    }

    /** Decodes {@code wire}; an empty buffer decodes what the codec kept. */
    void decodeWire(ByteBuffer wire) {
        try {
            codec.decode(wire, connection, frames);
        } catch (EOFException e) {
            connection.abort(CloseReason.PEER, "closed by peer");
        } catch (IOException e) {
            connection.abort(CloseReason.ERROR, e.getMessage());
        }
    }

    private void feed(ByteBuffer plain) {
        decoder.feed(plain, this);
    }

    @Override
    public boolean accepting() {
        return connection.isOpen();
    }

    @Override
    public Framing framing() {
        return framing;
    }

    @Override
    public void frame(byte[] frame) {
        connection.deliver(handler -> handler.received(connection, frame));
    }

    @Override
    public void frameTooLong(int limit) {
        connection.deliver(handler -> handler.frameTooLong(connection, limit));
    }
}
