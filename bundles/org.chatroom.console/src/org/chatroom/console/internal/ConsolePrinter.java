package org.chatroom.console.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.RetryCount;
import org.chatroom.protocol.SafeText;

/** Prints what the room says; notices when the connection has ended for good. */
public final class ConsolePrinter implements ChatListener {

    private final PrintStream out;
    private final EventFormatter formatter;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final MemberListChanges memberLists = new MemberListChanges();
    private final ConsoleIgnores ignores = new ConsoleIgnores();
    private final ResumedEvents resumed = new ResumedEvents();
    /** This user's name in the rooms now (empty before the first join). */
    private volatile Supplier<String> me = () -> "";
    /** The room typing goes to now (empty when in none, or on a protocol without rooms). */
    private volatile Supplier<String> room = () -> "";
    /** The rooms the client is in now. */
    private volatile Supplier<List<String>> rooms = List::of;
    /** The room whose member list was printed or skipped last ({@link #membersChanged}'s thread). */
    private String listedRoom = "";
    /** The room typing went to when events were printed last ({@link #events}' thread). */
    private String typingRoom = "";
    private volatile boolean wasConnecting;
    /** The room refused the password (none, or a wrong one) of this connection. */
    private volatile boolean passwordRefused;
    /** Guards the three fields below; {@link #awaitConnected} and {@link #awaitAnswer} wait on it. */
    private final Object heard = new Object();
    /** The connection's state as last told. */
    private ConnectionState state = ConnectionState.DISCONNECTED;
    /** Whether the state was ever {@code CONNECTED}. */
    private boolean connectedBefore;
    /** How many errors came so far. */
    private long errors;
    /** The day of the last event printed, today at first (under {@code out}'s lock). */
    private LocalDate printedDay;
    /** The failed tries of an outage (the client's thread: state changes come in order). */
    private final RetryCount retries = new RetryCount();
    /**
     * Whether an event was printed since the client began to connect (the client's thread): its notice ("Connected
     * as ada.") told the connection already, so the state line would repeat it.
     */
    private volatile boolean toldSinceConnecting;

    public ConsolePrinter(PrintStream out, EventFormatter formatter, LocalDate today) {
        this.out = out;
        this.formatter = formatter;
        this.printedDay = today;
    }

    /**
     * Prints the events, each day other than the last one printed announced first: history kept for days reads
     * "[14:02:11]" alone as today's. What a resume brings (said while the client was away) is printed as said, not
     * marked as history ({@link ResumedEvents}).
     */
    @Override
    public void events(List<ChatEvent> events) {
        synchronized (out) {
            for (ChatEvent event : events) {
                if (ignores.hides(event)) {
                    continue;
                }
                boolean history = resumed.history(event);
                if (!history && event.history() && event.kind() == ChatEvent.Kind.LEAVE
                        && event.from().equalsIgnoreCase(me.get())) {
                    resumed.skipped(event);
                    continue; // the user's own leave that ended what they saw, which a resume brings: no news
                }
                if (!event.history() && (event.kind() == ChatEvent.Kind.JOIN || event.kind() == ChatEvent.Kind.LEAVE)
                        && event.from().equalsIgnoreCase(me.get())) {
                    resumed.skipped(event);
                    continue; // the user's own join or leave, live: the client's notice ("You left #ops.") says it
                }
                if (resumed.firstMissed()) {
                    out.println(Messages.format("room.missed", SafeText.escape(EventFormatter.channel(event.room()))));
                }
                LocalDate day = formatter.day(event);
                if (!day.equals(printedDay)) {
                    printedDay = day;
                    out.println(formatter.dayChanged(day));
                }
                out.println(formatter.format(event, history));
                toldSinceConnecting = true;
            }
            typingMoved();
            out.flush();
        }
        synchronized (heard) {
            errors += events.stream().filter(event -> event.kind() == ChatEvent.Kind.ERROR).count();
            heard.notifyAll();
        }
    }

    /**
     * Says where typing goes when it went elsewhere without a join saying so: the room it went to was left, or
     * closed, and the client chose another of its rooms (under {@code out}'s lock).
     */
    private void typingMoved() {
        String current = room.get();
        if (!current.equals(typingRoom) && !typingRoom.isEmpty() && !current.isEmpty()
                && rooms.get().stream().noneMatch(typingRoom::equals)) {
            out.println(Messages.format("room.chosen", SafeText.escape(EventFormatter.channel(current))));
        }
        typingRoom = current;
    }

    /** @return how many errors came so far (to tell {@link #awaitAnswer} which ones answer a later request) */
    public long errors() {
        synchronized (heard) {
            return errors;
        }
    }

    /**
     * Waits until {@code answered} holds, or an error came after {@code errorsBefore} of them, checking again at each
     * batch of events (a room joined comes as its events): after {@code /join ROOM} the lines typed next go to that
     * room, as the console says, not to the one before it while the join is under way.
     *
     * @return whether {@code answered} holds; false after an error, when the connection ended or after {@code millis}
     */
    public boolean awaitAnswer(BooleanSupplier answered, long errorsBefore, long millis) throws InterruptedException {
        return await(answered, () -> errors > errorsBefore, millis);
    }

    /**
     * Waits on {@link #heard} until {@code done} holds; gives up when {@code failed} does, when the connection ended
     * or after {@code millis}.
     *
     * @return whether {@code done} holds
     */
    private boolean await(BooleanSupplier done, BooleanSupplier failed, long millis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (heard) {
            while (!done.getAsBoolean()) {
                long left = end - System.nanoTime();
                if (failed.getAsBoolean() || ended.getCount() == 0 || left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(heard, left);
            }
            return true;
        }
    }

    /** The room refused the connection for its password: said where to give it when the connection has ended. */
    @Override
    public void passwordRefused(boolean wrong, String detail) {
        passwordRefused = true;
    }

    @Override
    public void stateChanged(ConnectionState state, String detail) {
        if (state == ConnectionState.DISCONNECTED && !wasConnecting) {
            return; // where things stood before connecting: nothing to tell
        }
        boolean reason = detail != null && !detail.isEmpty();
        int tries = retries.next(state);
        boolean told = state == ConnectionState.CONNECTED && toldSinceConnecting && !reason;
        toldSinceConnecting = false;
        // the client's reason for a retry says what failed and when it tries again: the state's words would repeat it
        String line = state == ConnectionState.RECONNECTING && reason ? Messages.format("state.retry",
                SafeText.escape(detail)) : Messages.format("state", Messages.get("state." + state.name()),
                        reason ? ": " + SafeText.escape(detail) : "");
        if (RetryCount.shown(tries) && !told) { // a long outage: the tries numbered 1, 2, 4, 8...
            synchronized (out) {
                out.println(RetryCount.numbered(tries) ? line + Messages.format("state.tries", tries) : line);
                if (state == ConnectionState.DISCONNECTED && passwordRefused) { // the console has no dialog to ask
                    out.println(Messages.format("password.where", ConsoleArguments.PASSWORD_VARIABLE));
                }
                out.flush();
            }
        }
        if (state != ConnectionState.DISCONNECTED) {
            wasConnecting = true;
        } else if (wasConnecting) {
            ended.countDown();
        }
        synchronized (heard) {
            this.state = state;
            connectedBefore |= state == ConnectionState.CONNECTED;
            heard.notifyAll();
        }
    }

    private boolean connected() {
        synchronized (heard) {
            return state == ConnectionState.CONNECTED;
        }
    }

    /** @return whether the client was connected at some time (a line typed while it reconnects is not held) */
    public boolean connectedBefore() {
        synchronized (heard) {
            return connectedBefore;
        }
    }

    /**
     * Waits until the client is connected: a line typed (or piped in) while it connects is sent then, not refused.
     *
     * @return true when connected; false when the connection ended for good, or after {@code millis}
     */
    public boolean awaitConnected(long millis) throws InterruptedException {
        return await(() -> state == ConnectionState.CONNECTED, () -> false, millis);
    }

    /**
     * Prints the list when it is news ({@link MemberListChanges}); another room's list always is. The room is the one
     * the list was taken for: read from the client when called, it was the room a {@code /part} typed meanwhile went
     * back to, and neither the list of the room joined nor the one gone back to was printed.
     */
    @Override
    public void membersChanged(String inRoom, List<String> members) {
        boolean otherRoom = !inRoom.equals(listedRoom);
        listedRoom = members.isEmpty() ? "" : inRoom;
        if (otherRoom && !members.isEmpty()) {
            memberLists.asked(); // another room's list is news, even when the same people are in it
        }
        if (members.isEmpty() && !wasConnecting || !memberLists.news(members) || members.isEmpty() && !connected()) {
            return; // nothing yet, what the join, leave or rename just printed already told, or the connection's end
        }
        synchronized (out) {
            out.println(members.isEmpty() ? Messages.get("members.none") // the room left or lost: it read "members: "
                    : Messages.format("members", SafeText.escape(String.join(", ", members))));
            out.flush();
        }
    }

    /** @param name this user's name in the rooms now: a resume does not print their own leave back to them */
    public void me(Supplier<String> name) {
        me = name;
    }

    /**
     * @param current the room typing goes to now: another room's member list is printed even with the same people in
     *                it, and after the room was left the console says where typing goes
     * @param in      the rooms the client is in now
     */
    public void rooms(Supplier<String> current, Supplier<List<String>> in) {
        room = current;
        rooms = in;
    }

    /** The user typed {@code line}: a {@code /names} has its answer printed even when the list did not change. */
    public void typed(String line) {
        String command = line.strip().toLowerCase(Locale.ROOT);
        if (command.equals("/names") || command.startsWith("/names ")) {
            memberLists.asked();
        }
    }

    /**
     * Answers {@code line} when it is {@code /ignore} or {@code /unignore} ({@code me}: this user's name).
     *
     * @return whether it was one of them (it is not to be sent)
     */
    public boolean ignoreCommand(String line, String me) {
        if (!ConsoleIgnores.handles(line)) {
            return false;
        }
        String answer = ignores.run(line, me);
        synchronized (out) {
            out.println(answer);
            out.flush();
        }
        return true;
    }

    /** Says that typing goes to {@code room} now (a {@code /join} of a room the client is in: nothing else says it). */
    public void typingGoesTo(String room) {
        synchronized (out) {
            out.println(Messages.format("room.chosen", SafeText.escape(EventFormatter.channel(room))));
            out.flush();
        }
    }

    /** Prints the commands the console takes ({@code /help}: the client answered it as an unknown command). */
    public void help() {
        synchronized (out) {
            out.println(Messages.get("help"));
            out.flush();
        }
    }

    /** Released when the client is disconnected after having tried to connect, and will not reconnect. */
    public CountDownLatch ended() {
        return ended;
    }
}
