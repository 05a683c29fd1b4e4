package org.chatroom.console.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;

/**
 * What the console does with each line typed (or piped in), in order: {@code /quit} ends, {@code /help},
 * {@code /ignore} and {@code /unignore} are answered here, a {@code /join} of a room the client is in makes it the one
 * typing goes to; anything else is sent once the client is connected, and after {@code /join} or {@code /create} the
 * next line waits for the room's answer. A line that cannot be sent is given back, never dropped silently.
 */
public final class ConsoleInput {

    private static final String QUIT = "/quit";
    private static final String HELP = "/help";
    /** The longest a line waits for the connection before it is given back as not sent. */
    private static final long CONNECT_WAIT_MILLIS = 30_000;
    /** The longest the lines after a {@code /join} wait for the room's answer. */
    private static final long ROOM_WAIT_MILLIS = 10_000;
    /** How often {@link #beforeLeaving} looks whether the held lines went. */
    private static final long HELD_POLL_MILLIS = 10;
    /**
     * The most bytes a terminal passes in one line (Linux's line discipline: 4,095 and the end of line); it drops the
     * rest of a longer paste without a word, and the cut text reached the room as if whole.
     */
    static final int TERMINAL_LINE_BYTES = 4095;

    private final ChatClient client;
    private final ConsolePrinter printer;
    private final PrintStream err;
    private final LinePacer pacer = new LinePacer();
    private final boolean terminal;

    /** @param err where lines not sent are given back */
    public ConsoleInput(ChatClient client, ConsolePrinter printer, PrintStream err) {
        this(client, printer, err, false);
    }

    /**
     * @param err      where lines not sent are given back
     * @param terminal whether the lines come from a terminal, which cuts a line at {@link #TERMINAL_LINE_BYTES}
     */
    public ConsoleInput(ChatClient client, ConsolePrinter printer, PrintStream err, boolean terminal) {
        this.client = client;
        this.printer = printer;
        this.err = err;
        this.terminal = terminal;
    }

    /** @return false when the user quits */
    public boolean typed(String line) throws InterruptedException {
        if (QUIT.equals(line.strip())) {
            return false;
        }
        if (HELP.equalsIgnoreCase(line.strip())) {
            printer.help();
            return true;
        }
        if (printer.ignoreCommand(line, client.nickname())) {
            return true;
        }
        if (terminal && line.getBytes(StandardCharsets.UTF_8).length >= TERMINAL_LINE_BYTES) {
            err.println(Messages.format("error.terminalCut", TERMINAL_LINE_BYTES)); // the rest is gone: not sent cut
            return true;
        }
        printer.typed(line);
        RoomAsked asked = RoomAsked.of(line);
        String already = roomIn(asked);
        if (already != null) { // a /join of a room the client is in makes it the one typing goes to, as /room
            client.room(already);
            printer.typingGoesTo(already);
            return true;
        }
        long errors = printer.errors();
        String leaving = asked.verb().equals("/part") ? (asked.words() == 1 ? bare(client.room()) : asked.room()) : "";
        String refused = null;
        if (!line.isBlank() && !connected()) {
            refused = "error.notSent";
        } else if (!line.isBlank() && !send(line)) {
            refused = "error.notSentConnected"; // the client said why (in no room)
        }
        if (refused != null) {
            err.println(Messages.format(refused, line));
        } else if (asked.waitsForTheRoom()) {
            awaitRoomChosen(asked.room(), errors);
        } else if (!leaving.isEmpty() && leaving.equalsIgnoreCase(bare(client.room()))) {
            // the lines after it go to the room typing goes to next (they went to the room left, and were refused)
            printer.awaitAnswer(() -> !bare(client.room()).equalsIgnoreCase(leaving), errors, ROOM_WAIT_MILLIS);
        }
        return true;
    }

    /** Says {@code line} at the pace the room takes ({@link LinePacer}); @return whether the client took it */
    private boolean send(String line) throws InterruptedException {
        pacer.awaitTurn();
        return client.send(line);
    }

    /**
     * Whether {@code client} is connected, waiting up to {@value #CONNECT_WAIT_MILLIS} ms while it connects the first
     * time: lines piped in at the start ({@code echo done | chatroom --console ...}) were refused as "not connected".
     * While it reconnects after a drop a line is given back at once, as before, so that {@code /quit} typed next is
     * read at once too.
     */
    private boolean connected() throws InterruptedException {
        return client.state() == ConnectionState.CONNECTED
                || !printer.connectedBefore() && printer.awaitConnected(CONNECT_WAIT_MILLIS);
    }

    /**
     * Before the console leaves ({@code /quit}, the end of its input): waits (at most {@value #ROOM_WAIT_MILLIS} ms)
     * while the client holds lines for its first room, so that a line piped into a console that leaves at once
     * ({@code echo done | chatroom --console ...}, rooms) reaches the room (the leave dropped it as not sent), and
     * while a {@code /search}, {@code /history} or {@code /rooms} is not answered, so that a script's is printed.
     */
    public void beforeLeaving() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ROOM_WAIT_MILLIS);
        while ((client.holdsLinesForRoom() || client.awaitsAnswers()) && client.state() == ConnectionState.CONNECTED
                && System.nanoTime() < end) {
            Thread.sleep(HELD_POLL_MILLIS);
        }
    }

    /** @return the room a {@code /join ROOM} (no password) names when the client is in it already, else null */
    private String roomIn(RoomAsked asked) {
        if (!asked.joinsWithoutPassword()) {
            return null;
        }
        return client.rooms().stream().filter(room -> bare(room).equalsIgnoreCase(asked.room())).findFirst()
                .orElse(null);
    }

    /** A room's name without an IRC channel's {@code #}. */
    private static String bare(String room) {
        return room.startsWith("#") ? room.substring(1) : room;
    }

    /**
     * After {@code /join ROOM} or {@code /create ROOM}, waits (at most {@value #ROOM_WAIT_MILLIS} ms) until the room
     * answered, so that the next lines go to that room as the console says: piped in, {@code /create ops} and then
     * {@code /topic ...} set the topic of the room before it, since the next line was sent before the room was joined.
     */
    private void awaitRoomChosen(String room, long errorsBefore) throws InterruptedException {
        printer.awaitAnswer(() -> bare(client.room()).equalsIgnoreCase(room), errorsBefore, ROOM_WAIT_MILLIS);
    }

    /**
     * A typed line's words, split once: its verb in lower case, the room a {@code /join} or {@code /create} names
     * (without an IRC channel's {@code #}), and how many words it has (a third is a password).
     */
    private record RoomAsked(String verb, String room, int words) {

        static RoomAsked of(String line) {
            String[] words = line.strip().split("\\s+");
            return new RoomAsked(words[0].toLowerCase(Locale.ROOT), words.length > 1 ? bare(words[1]) : "",
                    words.length);
        }

        boolean joinsWithoutPassword() {
            return words == 2 && verb.equals("/join");
        }

        /** Whether the lines after it wait for the room's answer: a {@code /join} or {@code /create} of a room. */
        boolean waitsForTheRoom() {
            return words >= 2 && (verb.equals("/join") || verb.equals("/create"));
        }
    }
}
