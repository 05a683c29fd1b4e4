package org.chatroom.testing;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.ConnectionAcceptor;
import org.chatroom.api.transport.ConnectionHandler;

/**
 * A {@link ConnectionHandler} that records what a transport reports, for assertions with bounded waits. Shared by
 * the tests of every transport, which must all behave alike.
 */
public class RecordingHandler implements ConnectionHandler, ConnectionAcceptor {

    /** One reported call. */
    public record Call(String kind, Connection connection, String text, CloseReason reason) {
    }

    public final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    /** The bytes of every received frame exactly as the transport gave them, in order (never decoded). */
    public final BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
    public final CompletableFuture<Connection> firstOpened = new CompletableFuture<>();
    /** Sent to every connection as soon as it opens, when set. */
    public volatile String greeting;

    /** One recorder for every connection. */
    @Override
    public ConnectionHandler accept(Connection connection) {
        return this;
    }

    @Override
    public void opened(Connection connection) {
        calls.add(new Call("opened", connection, "", null));
        if (greeting != null) {
            connection.send(greeting);
        }
        firstOpened.complete(connection);
    }

    @Override
    public void received(Connection connection, byte[] frame) {
        frames.add(frame.clone());
        calls.add(new Call("received", connection, new String(frame, StandardCharsets.UTF_8), null));
    }

    @Override
    public void frameTooLong(Connection connection, int limit) {
        calls.add(new Call("tooLong", connection, Integer.toString(limit), null));
    }

    @Override
    public void closed(Connection connection, CloseReason reason, String detail) {
        calls.add(new Call("closed", connection, detail, reason));
    }

    /** The next call, waiting at most 5 s. */
    public Call next() throws InterruptedException {
        Call call = calls.poll(5, TimeUnit.SECONDS);
        if (call == null) {
            throw new AssertionError("transport reported nothing within 5 s");
        }
        return call;
    }

    /** The next call of {@code kind}, skipping others, waiting at most 5 s in all. */
    public Call next(String kind) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            Call call = calls.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (call == null) {
                throw new AssertionError("no '" + kind + "' within 5 s");
            }
            if (call.kind().equals(kind)) {
                return call;
            }
        }
    }
}
