package org.chatroom.console.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.client.ConnectionState;
import org.chatroom.console.internal.ConsolePrinter;
import org.chatroom.console.internal.EventFormatter;
import org.junit.jupiter.api.Test;

/**
 * A line typed or piped in while the console connects waits for the connection ({@code echo done | chatroom
 * --console ...} had its line refused as "not connected"), but not forever, nor once the connection ended for good.
 */
class ConnectWaitTest {

    private final ConsolePrinter printer = new ConsolePrinter(new PrintStream(OutputStream.nullOutputStream()),
            new EventFormatter(ZoneOffset.UTC), LocalDate.now(ZoneOffset.UTC));

    @Test
    void aLineWaitsUntilConnected() throws Exception {
        printer.stateChanged(ConnectionState.CONNECTING, "");
        assertFalse(printer.connectedBefore(), "the first connection: lines wait for it");
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> await(20_000));
        assertFalse(waiting.isDone(), "still connecting");
        printer.stateChanged(ConnectionState.CONNECTED, "");
        assertTrue(waiting.get(20, TimeUnit.SECONDS), "connected: the line goes");
        assertTrue(await(0), "connected already: no wait");
        printer.stateChanged(ConnectionState.RECONNECTING, "Connection reset");
        assertTrue(printer.connectedBefore(), "a reconnect: the console gives lines back at once (ConsoleInput)");
    }

    @Test
    void aLineIsGivenBackAfterItsWaitOrWhenTheConnectionEndedForGood() throws Exception {
        printer.stateChanged(ConnectionState.CONNECTING, "");
        long start = System.nanoTime();
        assertFalse(await(200), "nobody answers: given back after the wait");
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(200), "it did wait");
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> await(20_000));
        printer.stateChanged(ConnectionState.DISCONNECTED, "Connection refused");
        assertFalse(waiting.get(20, TimeUnit.SECONDS), "the connection ended for good: not sent");
        assertFalse(await(20_000), "and no later line waits either");
    }

    private boolean await(long millis) {
        try {
            return printer.awaitConnected(millis);
        } catch (InterruptedException e) {
            throw new CompletionException(e);
        }
    }
}
