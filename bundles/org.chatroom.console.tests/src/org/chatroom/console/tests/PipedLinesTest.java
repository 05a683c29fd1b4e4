package org.chatroom.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.console.internal.ConsoleInput;
import org.chatroom.console.internal.ConsolePrinter;
import org.chatroom.console.internal.EventFormatter;
import org.chatroom.testing.HostedRoom;
import org.chatroom.testing.RawRoomClient;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

/**
 * Lines piped into the console as it starts, as a script gives them: each goes where the console says, to a real
 * room. They were refused as "not connected" before the connection was up, and after {@code /create ROOM} the next
 * lines went to the room before it, since they were sent before the new room was joined.
 */
class PipedLinesTest {

    @Test
    void pipedLinesWaitForTheConnectionAndForEachRoomTheyGoTo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        ConsolePrinter printer = printerTo(bytes);
        ChatClient client = Services.require(ChatClient.class, null);
        ServiceRegistration<ChatListener> registration = Services.context().registerService(ChatListener.class,
                printer, null);
        String ops = "ops" + System.nanoTime() % 100_000;
        try (HostedRoom room = new HostedRoom()) {
            client.connect(new ClientSettings("127.0.0.1", room.port, "scribe", false, ProtocolMode.ROOMS,
                    Duration.ofSeconds(10), false));
            ConsoleInput input = new ConsoleInput(client, printer,
                    new PrintStream(refused, true, StandardCharsets.UTF_8));
            // all at once, as from a pipe: the first while the client still connects
            for (String line : List.of("first, while connecting", "/create " + ops, "/topic the topic of " + ops,
                    "said in " + ops, "/join GENERAL", "back in general")) {
                input.typed(line);
            }
            awaitPrinted(bytes, "#general [", "<scribe> back in general");
            String printed = printed(bytes);
            for (String line : List.of("#general [", "<scribe> first, while connecting", "#" + ops + " [",
                    "scribe set the topic: the topic of " + ops, "#" + ops + " [", "<scribe> said in " + ops)) {
                assertTrue(printed.contains(line), "printed " + line + ":\n" + printed);
            }
            assertTrue(printed.lines().anyMatch(l -> l.startsWith("#general [") && l.contains("first, while")),
                    "the first line in general:\n" + printed);
            assertTrue(printed.lines().anyMatch(l -> l.startsWith("#" + ops + " [") && l.contains("set the topic")),
                    "the topic set in " + ops + ", not in the room before it:\n" + printed);
            assertTrue(printed.lines().anyMatch(l -> l.startsWith("#" + ops + " [") && l.contains("said in")),
                    "the line after it in " + ops + ":\n" + printed);
            assertTrue(printed.lines().noneMatch(l -> l.contains("already")), "/join of a room the client is in "
                    + "chooses it, asking the room nothing:\n" + printed);
            assertTrue(printed.contains("-- typing goes to #general\n"), "and says so (it said nothing):\n" + printed);
            assertTrue(refused.size() == 0, "nothing refused: " + refused.toString(StandardCharsets.UTF_8));
        } finally {
            client.disconnect();
            // the client's listeners hear it disconnected after what it had still to tell: none of it may reach the
            // next test's listener (the console tests share the client service)
            printer.ended().await(20, TimeUnit.SECONDS);
            registration.unregister();
        }
    }

    /**
     * {@code echo "build 1234 is green" | chatroom --console ...} over the rooms protocol: the line, held by the client
     * for the default room (the client is connected a round trip before it is in a room), went with the leave that
     * the end of input made at once, as not sent. The console now waits for it to go first.
     */
    @Test
    void aLinePipedIntoAConsoleThatLeavesAtOnceReachesTheRoom() throws Exception {
        withWitness("piper", (client, input, witness, printer) -> {
            input.typed("piped, then the input ends");
            input.beforeLeaving(); // as the console does at the end of its input, before it leaves
            client.disconnect();
            String line;
            do { // the witness reads what the room says (bounded: its socket's timeout) until the line
                line = witness.line();
            } while (!line.contains("piped, then the input ends"));
            assertTrue(line.contains("piper"), line);
        });
    }

    /**
     * Many lines piped (or pasted) at once all reach the room, in order: they went out as fast as they were read, and
     * the room refused those past its rate limit (37 of 60 arrived; the console left as if all had).
     */
    @Test
    void manyLinesPipedAtOnceAllReachTheRoom() throws Exception {
        withWitness("paster", (client, input, witness, printer) -> {
            for (int i = 1; i <= 80; i++) {
                input.typed("pasted line " + i);
            }
            input.beforeLeaving();
            for (int i = 1; i <= 80; i++) {
                String line;
                do { // bounded by the witness's socket timeout
                    line = witness.line();
                    assertTrue(!line.contains("RATE_LIMITED"), line);
                } while (!line.contains("pasted line "));
                assertTrue(line.endsWith("pasted line " + i), "line " + i + " next: " + line);
            }
            assertEquals(0, printer.errors(), "nothing refused as too fast");
        });
    }

    /** What a test does with the console's input, a member of the room watching. */
    private interface Piped {
        void run(ChatClient client, ConsoleInput input, RawRoomClient witness, ConsolePrinter printer)
                throws Exception;
    }

    /**
     * Runs {@code piped} with the client connecting as {@code name} to a fresh room, where {@code witness} is in the
     * default room; nothing may be given back as not sent.
     */
    private static void withWitness(String name, Piped piped) throws Exception {
        ConsolePrinter printer = new ConsolePrinter(new PrintStream(OutputStream.nullOutputStream()),
                new EventFormatter(ZoneOffset.UTC), LocalDate.now(ZoneOffset.UTC));
        ChatClient client = Services.require(ChatClient.class, null);
        ServiceRegistration<ChatListener> registration = Services.context().registerService(ChatListener.class,
                printer, null);
        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        try (HostedRoom room = new HostedRoom();
                RawRoomClient witness = RawRoomClient.join(new InetSocketAddress("127.0.0.1", room.port), "witness")) {
            witness.joinRoom("JOIN general");
            client.connect(new ClientSettings("127.0.0.1", room.port, name, false, ProtocolMode.ROOMS,
                    Duration.ofSeconds(10), false));
            piped.run(client, new ConsoleInput(client, printer, new PrintStream(refused, true, StandardCharsets.UTF_8)),
                    witness, printer);
            assertTrue(refused.size() == 0, "nothing given back: " + refused.toString(StandardCharsets.UTF_8));
        } finally {
            client.disconnect();
            printer.ended().await(20, TimeUnit.SECONDS);
            registration.unregister();
        }
    }

    /**
     * {@code printf '/search deploy\n/quit\n' | chatroom --console ...}: the answer came after the console had left,
     * so a script that searches the history, lists the rooms or pages back printed nothing. The console now waits for
     * the answers before it leaves ({@code ChatClient.awaitsAnswers()}).
     */
    @Test
    void theAnswersToSearchHistoryAndRoomsArePrintedBeforeTheConsoleLeaves() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsolePrinter printer = printerTo(bytes);
        ChatClient client = Services.require(ChatClient.class, null);
        ServiceRegistration<ChatListener> registration = Services.context().registerService(ChatListener.class,
                printer, null);
        try (HostedRoom room = new HostedRoom()) {
            client.connect(new ClientSettings("127.0.0.1", room.port, "seeker", false, ProtocolMode.ROOMS,
                    Duration.ofSeconds(10), false));
            ConsoleInput input = new ConsoleInput(client, printer, new PrintStream(OutputStream.nullOutputStream()));
            for (String line : List.of("the deploy of build 1234 is green", "/search deploy", "/rooms",
                    "/history 5")) {
                input.typed(line);
            }
            input.beforeLeaving(); // the end of input, then the leave, as the console does
            client.disconnect();
            printer.ended().await(20, TimeUnit.SECONDS);
            String printed = printed(bytes);
            // the search may run before the line is in the index: whichever its answer, it is printed
            for (String answer : List.of("(Nothing found|1 result) in general\\.", "rooms?\\. /join ROOM joins one\\.",
                    "(No|\\d+) older events? in general\\.")) {
                assertTrue(Pattern.compile(answer).matcher(printed).find(),
                        answer + " printed before leaving:\n" + printed);
            }
        } finally {
            client.disconnect();
            printer.ended().await(20, TimeUnit.SECONDS);
            registration.unregister();
        }
    }

    /** The console's printer, in UTC, into {@code bytes}. */
    static ConsolePrinter printerTo(ByteArrayOutputStream bytes) {
        return new ConsolePrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new EventFormatter(ZoneOffset.UTC), LocalDate.now(ZoneOffset.UTC));
    }

    /** Waits until a line printed starts with {@code start} and holds {@code text}. */
    static void awaitPrinted(ByteArrayOutputStream bytes, String start, String text)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (printed(bytes).lines().noneMatch(l -> l.startsWith(start) && l.contains(text))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(printed(bytes).lines().anyMatch(l -> l.startsWith(start) && l.contains(text)),
                start + "..." + text + " printed:\n" + printed(bytes));
    }

    static String printed(ByteArrayOutputStream bytes) {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
