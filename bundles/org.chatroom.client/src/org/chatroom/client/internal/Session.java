package org.chatroom.client.internal;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.RoomListing;
import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.ConnectionHandler;
import org.chatroom.api.transport.Framing;
import org.chatroom.protocol.ClientCommand;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.Hello;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.ProtocolException;
import org.chatroom.protocol.RoomCommand;
import org.chatroom.protocol.RoomLine;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.protocol.StrictUtf8;

/**
 * One connection to a room: the handshake (prompt, hello, name) and then the room's traffic, for either protocol.
 * The transport calls it for one connection at a time; the {@link Owner} hears the outcome and must not block.
 */
final class Session implements ConnectionHandler {

    /** Who hears what a session does; every call must return quickly without taking locks held around sessions. */
    interface Owner {
        void joined(Session session, String name);

        void ended(Session session, Ending ending, String detail);

        void event(ChatEvent event);

        /** @param room the room the members are in: the current one when they were taken */
        void members(String room, List<String> members);

        /** The members of each room the session is in ({@code chatroom/2}), whenever one of the lists changed. */
        void roomMembers(Map<String, List<String>> byRoom);

        void roomsListed(List<RoomListing> rooms);

        void renamed(Session session, String name);

        /** Runs {@code task} on the owner's thread in {@code millis} ms (unless the owner is gone by then). */
        void later(Runnable task, long millis);

        /** A room the user asked to join refused for its password ({@code wrong}: one was given). */
        void roomPasswordRefused(String room, boolean wrong, String detail);
    }

    /** How a session ended. */
    enum Ending {
        /** The room did not answer the hello: it speaks only the original protocol. */
        NO_EXTENDED,
        /** The room refused every name tried. */
        NAME_REFUSED,
        /** The room's password was missing or wrong. */
        BAD_PASSWORD,
        /** The room refused this connection before it joined (banned address, password needed, closed by the room). */
        REFUSED,
        /** The handshake did not complete in time. */
        TIMEOUT,
        /** The connection was lost, or closed by the room as it stopped (its notice, then {@code BYE}): retried. */
        LOST,
        /**
         * The room closed this member's connection of its own accord once joined ({@code BYE} with no notice before
         * it: the host removed the member, or it flooded): not retried, or a kicked client came straight back.
         */
        REMOVED,
        /** We left. */
        QUIT,
        /** The room's TLS certificate is not the one pinned on first use: never retried. */
        CERTIFICATE_CHANGED
    }

    private enum Phase {
        PROMPT, HELLO, NAME, JOINED, ENDED
    }

    static final int MAX_NAME_ATTEMPTS = 5;
    /** How soon the requested name is asked for again while this client's previous connection may still hold it. */
    static final long NAME_AGAIN_MILLIS = 100;

    /** {@link OriginalProtocol#welcome(String)} around the name. */
    private static final String WELCOME_START = "Welcome to the chat ";
    private static final String WELCOME_END = ". Write {quit} to leave.";

    private final boolean extended;
    private final RoomMemory rooms; // null: chatroom/2 is not asked for
    private RoomLines roomLines; // set once chatroom/2 is negotiated
    private final LinesBeforeRoom beforeRoom = new LinesBeforeRoom();
    private final String requestedName;
    private final String password;
    private final Owner owner;
    private final ExtendedEvents extendedEvents = new ExtendedEvents();
    private final PrivateSends privateSends = new PrivateSends();
    private Connection connection;
    /** Counted down when the transport closed the connection ({@link #closed}). */
    private final CountDownLatch connectionClosed = new CountDownLatch(1);
    private Phase phase = Phase.PROMPT;
    private String name;
    private int nameAttempt = 1;
    private String refusal = "";
    /** The room's reason for closing this joined connection of its own accord ({@link Ending#REMOVED}), else null. */
    private String removal;
    /** The text of the last line read when it was a notice, else {@code null}: a room that stops says it first. */
    private String lastNotice;
    /** Whether the room stopped (its notice, then the same words in {@code BYE}): the notice told why. */
    private boolean stopped;
    /**
     * The joins of connecting not sent yet: the rooms the client was in (resumed from their last event), else the
     * rooms of {@link RoomMemory#wanted}. Sent one at a time, so that they keep their order and a refusal, which does
     * not name its room, is known to be the join's.
     */
    private final Deque<RoomCommand.Join> joinsLeft = new ArrayDeque<>();
    /** The one of them sent and not answered yet (joined, or refused); null when none. */
    private RoomCommand.Join pendingJoin;
    /** Whether those joins resume rooms the client was in (else they are the settings' rooms). */
    private boolean resuming;
    /** Until when ({@link System#nanoTime}) the requested name may be held by this client's previous connection. */
    private long nameHeldUntil;
    private boolean nameMayBeHeld;
    /** The room of the user's {@code /join} or {@code /create} not answered yet, empty when none. */
    private String userJoin = "";
    /** The user's {@code /search}, {@code /history} and {@code /rooms} not answered yet ({@link #awaitsAnswers}). */
    private int unanswered;
    /** What the user typed while a join was in flight or the rooms were resumed: joins go one at a time. */
    private final JoinAnswers joinAnswers = new JoinAnswers();

    Session(boolean extended, String requestedName, Owner owner) {
        this(extended, requestedName, "", owner);
    }

    /** @param password the room's password, empty for none; sent only in the extended protocol */
    Session(boolean extended, String requestedName, String password, Owner owner) {
        this(extended, null, requestedName, password, owner);
    }

    /**
     * @param rooms what the client remembers of its rooms, when it asks for {@code chatroom/2} (falling back to
     *              {@code chatroom/1} when the room does not know it); {@code null} for {@code chatroom/1} only
     */
    Session(boolean extended, RoomMemory rooms, String requestedName, String password, Owner owner) {
        this.extended = extended;
        this.rooms = rooms;
        this.requestedName = requestedName;
        this.password = password;
        this.name = requestedName;
        this.owner = owner;
    }

    boolean extended() {
        return extended;
    }

    /**
     * This client's previous connection to the room, which it just left, had the requested name: until
     * {@code deadline} ({@link System#nanoTime}) a room that says it is taken is asked again for it (the room had not
     * read that connection's quit yet), before another name is tried.
     */
    synchronized void nameMayBeHeldUntil(long deadline) {
        nameMayBeHeld = true;
        nameHeldUntil = deadline;
    }

    /** @return whether this session speaks {@code chatroom/2}, whose rooms keep their history */
    synchronized boolean withRooms() {
        return roomLines != null;
    }

    /**
     * Whether lines typed are held: for the first room ({@link LinesBeforeRoom}), or for their turn while the rooms
     * are resumed or a join is answered ({@link JoinAnswers}).
     */
    synchronized boolean holdsLines() {
        return phase != Phase.ENDED && (beforeRoom.holding() || joinAnswers.holding());
    }

    /** Whether a {@code /search}, {@code /history} or {@code /rooms} the user typed is not answered yet. */
    synchronized boolean awaitsAnswers() {
        return phase != Phase.ENDED && unanswered > 0;
    }

    /** @return the name this session joined as, or {@code null} when it did not join (or ended) */
    synchronized String joinedName() {
        return phase == Phase.JOINED ? name : null;
    }

    @Override
    public synchronized void opened(Connection newConnection) {
        this.connection = newConnection;
    }

    /**
     * Waits until the connection is closed, what was queued for it (the leave of {@link #quit}) written first.
     *
     * @return whether it closed within {@code timeout}; at once when no connection was opened
     */
    boolean awaitClosed(Duration timeout) throws InterruptedException {
        synchronized (this) {
            if (connection == null) {
                return true;
            }
        }
        return connectionClosed.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized void received(Connection from, byte[] frame) {
        switch (phase) {
        case PROMPT -> onPrompt(lenient(frame));
        case HELLO -> onHelloAnswer(lenient(frame));
        case NAME -> {
            if (extended) {
                onExtendedName(frame);
            } else {
                onOriginalName(lenient(frame));
            }
        }
        case JOINED -> {
            if (extended) {
                onExtendedLine(frame);
            } else {
                onOriginalText(lenient(frame));
            }
        }
        case ENDED -> {
            // late bytes after we gave up on this connection
        }
        }
    }

    @Override
    public void frameTooLong(Connection from, int limit) {
        owner.event(notice(Kind.ERROR, Messages.format("line.tooLong", limit)));
    }

    @Override
    public synchronized void closed(Connection from, CloseReason reason, String detail) {
        connectionClosed.countDown();
        if (phase != Phase.ENDED && phase != Phase.JOINED && !refusal.isEmpty()) {
            end(Ending.REFUSED, Messages.format("room.refused", refusal));
        } else if (phase == Phase.JOINED && removal != null) {
            end(Ending.REMOVED, Messages.format("room.removed", Messages.sentence(removal)));
        } else if (phase == Phase.JOINED && stopped) { // it read "Connection lost: closed by peer"
            end(Ending.LOST, Messages.format("room.stopped")); // its notice said why
        } else if (phase != Phase.ENDED) {
            end(Ending.LOST, Messages.format("connection.lost",
                    detail == null || detail.isEmpty() ? Messages.format("connection.closed") : detail));
        }
    }

    /** The hello went unanswered for too long. */
    synchronized void helloTimedOut() {
        if (phase == Phase.HELLO) {
            end(Ending.NO_EXTENDED, Messages.format("no.extended"));
        }
    }

    /** The whole handshake took too long; {@code hint} (empty for none) follows the reason. */
    synchronized void handshakeTimedOut(long timeoutMillis, String hint) {
        if (phase != Phase.JOINED && phase != Phase.ENDED) {
            end(Ending.TIMEOUT, Messages.format("connect.timeout", timeoutMillis) + hint);
        }
    }

    /**
     * Sends a line the user typed.
     *
     * @return {@code false} when it could not be handed to the connection
     */
    synchronized boolean send(String text) {
        if (phase != Phase.JOINED) {
            return false;
        }
        if (!extended) {
            // the original protocol has no commands, but "//" is still how a line starting with "/" is typed (as
            // /help says): the original room gets one slash, as the other protocols' rooms do
            if (text.startsWith("/") && !text.startsWith("//")) { // it said "/msg bob secret" to everyone
                String verb = text.strip().split("\\s", 2)[0];
                owner.event(notice(Kind.ERROR, Messages.format("command.original", verb)));
                return false;
            }
            return connection.send(text.startsWith("//") ? text.substring(1) : text);
        }
        boolean sent = true;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (roomLines != null && beforeRoom.waiting() && rooms.current().isEmpty()) {
                sent &= beforeRoom.hold(line);
                continue;
            }
            sent &= sendTyped(line);
        }
        return sent;
    }

    /** Asks for the server's rooms ({@code chatroom/2}); the list goes to {@link Owner#roomsListed}. */
    synchronized boolean listRooms() {
        if (phase != Phase.JOINED || roomLines == null) {
            return false;
        }
        roomLines.asked(RoomLines.Lister.CALLER);
        return sendLine(new RoomCommand.Rooms());
    }

    /** Asks for the member list of {@code room} ({@code chatroom/2}); the answer is the room's members when current. */
    synchronized boolean names(String room) {
        if (phase != Phase.JOINED || roomLines == null) {
            return false;
        }
        RoomCommand names = new RoomCommand.Names(room);
        if (waitsItsTurn(names)) { // the room may not be joined again yet
            joinAnswers.hold(null, names);
            return true;
        }
        return sendLine(names);
    }

    /** Leaves the room politely ({@code QUIT} or {@code {quit}}) and closes. */
    synchronized void quit() {
        if (phase == Phase.JOINED) {
            if (extended) {
                sendLine(new ClientCommand.Quit());
            } else {
                connection.send(OriginalProtocol.QUIT);
            }
        }
        if (phase != Phase.ENDED) {
            dropHeld();
            dropWaiting();
            phase = Phase.ENDED;
            if (connection != null) {
                connection.close("quit");
            }
            owner.ended(this, Ending.QUIT, "");
        }
    }

    private void onPrompt(String text) {
        String irc = IrcGreeting.firstLine(text);
        if (irc != null) { // it waits for an IRC registration: ours would time out
            end(Ending.REFUSED, Messages.format("connect.ircServer", irc));
            return;
        }
        if (!text.endsWith(OriginalProtocol.PROMPT)) {
            refusal = text.strip(); // e.g. a banned address: the room says why and closes
            return;
        }
        if (extended) {
            phase = Phase.HELLO;
            connection.send(Hello.helloBytes(rooms == null ? 1 : 2));
        } else {
            phase = Phase.NAME;
            connection.send(name);
        }
    }

    private void onHelloAnswer(String text) {
        if (rooms != null && roomLines == null && Hello.isOk(text, 2)) {
            roomLines = new RoomLines(rooms);
        } else if (rooms != null && roomLines == null && text.endsWith(OriginalProtocol.PROMPT)) {
            connection.send(Hello.helloBytes()); // a chatroom/1 room took the hello of version 2 for a bad name
            return;
        }
        if (roomLines != null || Hello.isOk(text)) {
            connection.setFraming(Framing.LINES);
            phase = Phase.NAME;
            if (!password.isEmpty()) {
                sendLine(new ClientCommand.Pass(password));
            }
            sendLine(new ClientCommand.Nick(name));
        }
    }

    private void onExtendedName(byte[] frame) {
        ServerEvent line = parse(frame);
        if (line instanceof ServerEvent.Welcome welcome) {
            // with rooms the welcome admits the name only: the rooms are joined after it, each with its own notice
            join(welcome.name(), Messages.format(roomLines != null ? "connected" : "joined", welcome.name()));
        } else if (line instanceof ServerEvent.Bye bye) {
            refusal = bye.reason();
        } else if (line instanceof ServerEvent.Err err
                && (err.code() == ErrorCode.BAD_PASSWORD || err.code() == ErrorCode.LOCKED_OUT)) {
            end(Ending.BAD_PASSWORD, Messages.format(password.isEmpty() ? "password.needed" : "password.refused",
                    err.text()));
        } else if (line instanceof ServerEvent.Err err) {
            if (err.code() == ErrorCode.NICK_TAKEN && nameMayBeHeld && name.equals(requestedName)
                    && System.nanoTime() - nameHeldUntil < 0) {
                owner.later(this::askNameAgain, NAME_AGAIN_MILLIS);
            } else if (err.code() == ErrorCode.NICK_TAKEN && nameAttempt < MAX_NAME_ATTEMPTS) {
                sendLine(new ClientCommand.Nick(nextName(err.text())));
            } else {
                end(Ending.NAME_REFUSED, Messages.format("name.refused", err.text()));
            }
        }
    }

    private void onOriginalName(String text) {
        if (text.startsWith(WELCOME_START)) {
            int end = text.indexOf(WELCOME_END);
            join(name, Messages.format("joined.original", name));
            if (end >= 0 && end + WELCOME_END.length() < text.length()) {
                onOriginalText(text.substring(end + WELCOME_END.length()));
            }
        } else if (text.endsWith(OriginalProtocol.PROMPT)) {
            String problem = text.substring(0, text.length() - OriginalProtocol.PROMPT.length()).strip();
            if (nameAttempt < MAX_NAME_ATTEMPTS) {
                connection.send(nextName(problem));
            } else {
                end(Ending.NAME_REFUSED, Messages.format("name.refused", problem));
            }
        } else {
            refusal = text.strip(); // e.g. a room with a password refusing original clients
        }
    }

    private synchronized void askNameAgain() {
        if (phase == Phase.NAME) {
            sendLine(new ClientCommand.Nick(name));
        }
    }

    private String nextName(String problem) {
        nameAttempt++;
        name = requestedName + "_" + nameAttempt;
        // the room's "That name is taken, choose another one." asked the user to choose, and the client chose
        String why = problem.replaceFirst("[,;] choose another one\\.$", ".");
        owner.event(notice(Kind.NOTICE, Messages.format("name.retry", why, name)));
        return name;
    }

    private void join(String acceptedName, String notice) {
        name = acceptedName;
        phase = Phase.JOINED;
        owner.event(notice(Kind.NOTICE, notice));
        owner.joined(this, acceptedName);
        if (roomLines != null) {
            enterRooms();
        }
    }

    /**
     * Joins again the rooms the client was in, each from the last event it received; else the rooms the settings
     * name; else (or when none of those could be joined) the default room.
     */
    private void enterRooms() {
        beforeRoom.start();
        Map<String, Long> resume = rooms.resumePoints();
        List<String> wanted = rooms.wanted();
        resuming = !resume.isEmpty();
        for (Map.Entry<String, Long> room : resume.entrySet()) {
            roomLines.resuming(room.getKey());
            joinsLeft.add(new RoomCommand.Join(room.getKey(), room.getValue(), rooms.password(room.getKey()),
                    rooms.identity(room.getKey())));
        }
        if (!resuming) {
            wanted.forEach(room -> joinsLeft.add(new RoomCommand.Join(room, RoomCommand.NO_SEQ, rooms.password(room))));
        }
        joinNext();
    }

    /**
     * Asks for the next room of {@link #joinsLeft}; after the last, the default room when none of them was joined (or
     * there were none).
     */
    private void joinNext() {
        pendingJoin = joinsLeft.poll();
        if (pendingJoin != null) {
            if (!resuming) {
                userJoin = pendingJoin.room(); // a room the user chose: one that wants a password may ask for it
            }
            sendLine(pendingJoin);
            return;
        }
        if (rooms.current().isEmpty()) {
            rooms.want(List.of());
            enterDefaultRoom();
        }
        sendWaiting();
    }

    /**
     * Sends what the user typed meanwhile, in order, once no join is in flight: up to the next join, which is in
     * flight then. A line for a room the client could not join again is given back.
     */
    private void sendWaiting() {
        while (!joinInFlight()) {
            JoinAnswers.Typed next = joinAnswers.next();
            if (next == null) {
                return;
            }
            if (!next.join() && next.room() != null && !rooms.in(next.room())) {
                if (next.line() != null) {
                    owner.event(notice(Kind.ERROR,
                            Messages.format("room.notResumed.notSent", next.room(), next.line())));
                }
            } else {
                sendCommand(next.command());
            }
        }
    }

    private void enterDefaultRoom() {
        roomLines.asked(RoomLines.Lister.DEFAULT_ROOM);
        sendLine(new RoomCommand.Rooms());
    }

    private void onExtendedLine(byte[] frame) {
        if (roomLines != null) {
            onRoomLine(frame);
            return;
        }
        onServerEvent(parse(frame));
    }

    private void onRoomLine(byte[] frame) {
        RoomLine line;
        try {
            line = RoomLine.parse(StrictUtf8.decode(frame));
        } catch (CharacterCodingException | ProtocolException e) {
            return; // a line of a newer protocol version, or garbage: not shown, the room goes on
        }
        if (line instanceof RoomLine.Plain plain) {
            if (plain.event() instanceof ServerEvent.Welcome welcome) {
                name = welcome.name(); // chatroom/2 confirms a new name so
                owner.renamed(this, name);
            } else {
                onServerEvent(plain.event());
            }
            return;
        }
        if (line instanceof RoomLine.Joined) {
            userJoin = "";
        } else if (line instanceof RoomLine.End || (line instanceof RoomLine.RoomsEnd && roomLines.usersListNext())) {
            answered(); // a page a UI asked for (not counted) may end the wait for a typed one early, no worse
        }
        List<ChatEvent> events = new ArrayList<>();
        String defaultRoom = roomLines.read(line, events);
        if (line instanceof RoomLine.Joined) {
            if (pendingJoin != null) {
                joinNext();
            } else {
                sendWaiting();
            }
        }
        Map<String, List<String>> byRoom = roomLines.takeRoomMembersChange();
        if (byRoom != null) {
            owner.roomMembers(byRoom); // before the events: who hears a leave finds the lists without the member
        }
        events.forEach(owner::event);
        if (beforeRoom.waiting() && !rooms.current().isEmpty()) {
            for (String held : beforeRoom.release()) {
                sendTyped(held);
            }
        }
        List<String> members = roomLines.takeMembersChange();
        if (members != null) {
            owner.members(roomLines.membersRoom(), members);
        }
        List<RoomListing> listing = roomLines.takeListing();
        if (listing != null) {
            owner.roomsListed(listing);
        }
        if (defaultRoom != null) {
            sendLine(new RoomCommand.Join(defaultRoom, RoomCommand.NO_SEQ, ""));
        }
    }

    private void onServerEvent(ServerEvent line) {
        if (line == null) {
            return;
        }
        if (line instanceof ServerEvent.Bye bye && !bye.reason().equals(lastNotice)) {
            removal = bye.reason(); // not the room stopping, which says it in a notice first
        } else if (line instanceof ServerEvent.Bye bye) {
            stopped = true;
        }
        lastNotice = line instanceof ServerEvent.Notice notice ? notice.text() : null;
        if (line instanceof ServerEvent.Err err) {
            answered();
            String to = err.code() == ErrorCode.NO_SUCH_MEMBER ? privateSends.refused(err.text()) : null;
            if (joinInFlight() && JoinAnswers.mayAnswerJoin(err.code())) {
                joinRefused(err);
            } else if (to != null) { // a private message refused: said with the member it was for
                owner.event(new ChatEvent(Kind.ERROR, Instant.now(), "", to, err.text()));
            } else {
                owner.event(notice(Kind.ERROR, err.text())); // about something else than a join
                dropHeldWithoutRoom();
            }
            return;
        }
        if (line instanceof ServerEvent.Priv priv && priv.from().equalsIgnoreCase(name)) {
            privateSends.delivered(priv.to());
        }
        if (line instanceof ServerEvent.Nick nick && nick.oldName().equals(name)) {
            name = nick.newName();
            owner.renamed(this, name);
        }
        ChatEvent event = extendedEvents.read(line);
        if (event != null) {
            owner.event(event);
        }
        List<String> members = extendedEvents.takeMembersChange();
        if (members != null) {
            owner.members(rooms == null ? "" : rooms.current(), members);
        }
    }

    /**
     * The answer to the one join in flight: the user's (or a room of the settings), or a resumed room that refused (a
     * password changed meanwhile, a ban, closed).
     */
    private void joinRefused(ServerEvent.Err err) {
        boolean resumeRefused = userJoin.isEmpty() && resumingRooms();
        String refused = resumeRefused ? pendingJoin.room() : userJoin;
        if ((err.code() == ErrorCode.FUTURE_SEQ || err.code() == ErrorCode.ROOM_REPLACED) && !refused.isEmpty()) {
            joinAfresh(refused, resumeRefused);
            return;
        }
        if (err.code() == ErrorCode.BAD_COMMAND && !refused.isEmpty() && rooms.forgetIdentity(refused)) {
            resumeWithoutIdentity(refused, resumeRefused);
            return;
        }
        boolean wrong = !refused.isEmpty() && !rooms.password(refused).isEmpty();
        if (resumeRefused) { // the client is not in it any longer (typing must not go there), before it is told
            rooms.refused(refused);
            roomLines.notResumed(refused);
        }
        owner.event(notice(Kind.ERROR, err.text()));
        if (err.code() == ErrorCode.ROOM_PASSWORD && !refused.isEmpty()) {
            owner.roomPasswordRefused(refused, wrong, err.text());
        }
        userJoin = "";
        // the next of them: a resumed room or a room of the settings refused (gone, a password, a ban)
        if (pendingJoin != null && (resumeRefused || !resuming)) {
            joinNext();
            return;
        }
        dropHeldWithoutRoom(); // the room was refused (or something else went wrong first): nothing waits any longer
        sendWaiting();
    }

    /**
     * The room is not the one the client resumes ({@code ROOM_REPLACED}, its identity is another; or from a server
     * without identities, {@code FUTURE_SEQ}: it has not reached the event the client resumes from): created again
     * since, or a server whose history did not outlive a restart. Joined as a new room, which the user is told first
     * ({@link ChatEvent#RENUMBERED}); the refusal alone left the user out of the room.
     */
    private void joinAfresh(String room, boolean resumed) {
        rooms.renumbered(room);
        roomLines.notResumed(room);
        owner.event(new ChatEvent(Kind.NOTICE, Instant.now(), "", "", Messages.format("room.renumbered", room), room,
                ChatEvent.RENUMBERED, false));
        joinAgain(new RoomCommand.Join(room, RoomCommand.NO_SEQ, rooms.password(room)), resumed);
    }

    /**
     * A server before room identities (restarted as an older version) cannot read the resume's {@code seq@identity}
     * and refused it as a bad command: the room is resumed without it, as before identities (the room would stay
     * left, and every {@code /join} of it be refused the same way).
     */
    private void resumeWithoutIdentity(String room, boolean resumed) {
        Long since = rooms.resumePoint(room);
        joinAgain(new RoomCommand.Join(room, since == null ? RoomCommand.NO_SEQ : since, rooms.password(room)),
                resumed);
    }

    /** Sends {@code join} in place of the one refused: still the join in flight when it resumed a room. */
    private void joinAgain(RoomCommand.Join join, boolean resumed) {
        if (resumed) {
            pendingJoin = join; // the user's join keeps its room in userJoin
        }
        sendLine(join);
    }

    /** The lines held for the first room are not sent when the client is in no room ({@link #dropHeld}). */
    private void dropHeldWithoutRoom() {
        if (beforeRoom.waiting() && rooms.current().isEmpty()) {
            dropHeld();
        }
    }

    /** Whether a join is sent and not answered yet: one of connecting, or the user's. */
    private boolean joinInFlight() {
        return pendingJoin != null || !userJoin.isEmpty();
    }

    /** Whether the client is joining again the rooms it was in (after a drop), some not answered yet. */
    private boolean resumingRooms() {
        return resuming && pendingJoin != null;
    }

    /**
     * Whether a command waits its turn ({@link JoinAnswers}): behind others waiting, while the rooms are resumed,
     * and a join while another is in flight.
     */
    private boolean waitsItsTurn(RoomCommand command) {
        return joinAnswers.holding() || resumingRooms() || JoinAnswers.isJoin(command) && joinInFlight();
    }

    private void onOriginalText(String text) {
        ChatEvent event = OriginalTexts.read(text, Instant.now());
        if (event != null) {
            owner.event(event);
        }
    }

    private ServerEvent parse(byte[] frame) {
        try {
            return ServerEvent.parse(StrictUtf8.decode(frame));
        } catch (CharacterCodingException | ProtocolException e) {
            return null; // a line of a newer protocol version, or garbage: not shown, the room goes on
        }
    }

    private boolean sendLine(ClientCommand command) {
        if (command instanceof ClientCommand.Priv priv) {
            privateSends.sent(priv.to());
        }
        return connection.send(command.toLine() + "\n");
    }

    private boolean sendLine(RoomCommand command) {
        if (command instanceof RoomCommand.Plain plain && plain.command() instanceof ClientCommand.Priv priv) {
            privateSends.sent(priv.to());
        }
        return connection.send(command.toLine() + "\n");
    }

    /**
     * One line the user typed (or held until a room was joined); a command it cannot be is said as an error.
     *
     * @return {@code false} when the connection did not take it
     */
    private boolean sendTyped(String line) {
        try {
            return roomLines != null ? sendRoomCommand(line) : sendLine(UserCommands.parse(line));
        } catch (NoRoomException e) {
            owner.event(notice(Kind.ERROR, e.getMessage()));
            return false; // not taken: a UI keeps the line (it was thrown away)
        } catch (IllegalArgumentException e) {
            owner.event(notice(Kind.ERROR, e.getMessage()));
            return true;
        }
    }

    /** The session ends, or the server answers an error, before a room was joined: the lines held are not sent. */
    private void dropHeld() {
        for (String line : beforeRoom.release()) {
            owner.event(notice(Kind.ERROR, Messages.format("room.notSent", line)));
        }
    }

    /** The session ends: what the user typed that still waits is not sent. */
    private void dropWaiting() {
        for (String line : joinAnswers.drop()) {
            owner.event(notice(Kind.ERROR, Messages.format("room.waitingNotSent", line)));
        }
    }

    /**
     * A typed line for the current room; {@code /room ROOM} switches rooms and asks for their members, and a room the
     * user joins or creates becomes the current one once joined. While the rooms are resumed, or a join is in flight
     * and this is another, it waits its turn ({@link JoinAnswers}).
     */
    private boolean sendRoomCommand(String line) {
        if (RoomUserCommands.asksTopic(line)) { // the topic as it stands: cleared only by /topic -delete
            String room = rooms.current();
            String[] topic = roomLines.topic(room);
            owner.event(new ChatEvent(Kind.NOTICE, Instant.now(), "", "", room.isEmpty() ? Messages.format("room.none")
                    : topic == null ? Messages.format("topic.none", room)
                            : topic[0].isEmpty() || "-".equals(topic[0]) ? Messages.format("topic.shown.unnamed", room,
                                    topic[1]) : Messages.format("topic.shown", room, topic[1], topic[0]),
                    room, 0, false));
            return true;
        }
        RoomCommand command = RoomUserCommands.parse(line, rooms);
        if (command == null) {
            owner.event(notice(Kind.NOTICE, Messages.format("room.current", rooms.current())));
            command = new RoomCommand.Names(rooms.current());
        }
        if (waitsItsTurn(command)) {
            joinAnswers.hold(line, command);
            return true;
        }
        return sendCommand(command);
    }

    /** Sends a command the user typed, now its turn. */
    private boolean sendCommand(RoomCommand command) {
        if (JoinAnswers.isJoin(command)) {
            return sendUserJoin(command);
        }
        if (command instanceof RoomCommand.Rooms) {
            roomLines.asked(RoomLines.Lister.USER);
        }
        boolean sent = sendLine(command);
        if (sent && (command instanceof RoomCommand.Rooms || command instanceof RoomCommand.Search
                || command instanceof RoomCommand.History)) {
            unanswered++;
        }
        return sent;
    }

    /** A request's answer ended (its last line, or an error), so one fewer is awaited. */
    private void answered() {
        unanswered = Math.max(0, unanswered - 1);
    }

    /** Sends the user's join or create: the room becomes the current one once joined. */
    private boolean sendUserJoin(RoomCommand command) {
        String room = command instanceof RoomCommand.Join join ? join.room() : ((RoomCommand.Create) command).room();
        rooms.asked(room);
        userJoin = room;
        return sendLine(command);
    }

    private void end(Ending ending, String detail) {
        dropHeld();
        dropWaiting();
        phase = Phase.ENDED;
        if (connection != null) {
            connection.close(detail);
        }
        owner.ended(this, ending, detail);
    }

    private static String lenient(byte[] frame) {
        return new String(frame, StandardCharsets.UTF_8);
    }

    private static ChatEvent notice(Kind kind, String text) {
        return new ChatEvent(kind, Instant.now(), "", "", text);
    }
}
