package org.chatroom.client.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.api.client.RoomListing;
import org.chatroom.api.transport.CertificateChangedException;
import org.chatroom.api.transport.ClientTransport;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.SecureConnection;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.client.reconnect.Backoff;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link ChatClient} service: one connection at a time, attempts and reconnects on a thread of its own, what
 * happens told to the {@link ChatListener} whiteboard through the {@link Dispatcher}. Settings asking for TLS use the
 * optional TLS transport (reference {@code tls.transport}, filter {@code tls.transport.target}).
 */
@Component(service = ChatClient.class, configurationPid = ClientConfig.PID)
@Designate(ocd = ClientConfig.class)
public final class ChatClientComponent implements ChatClient, Session.Owner {

    /** IRC's usual ports: a room there that never answers is likely an IRC server, told as a hint. */
    private static final Set<Integer> IRC_PORTS = Set.of(6667, 6697);
    /** How long after this client left a room with a name the room may still hold it (it reads the quit). */
    private static final long NAME_HOLD_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final ClientTransport transport;
    @Reference(name = "tls.transport", target = "(chat.transport=tls)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ClientTransport tlsTransport;
    private final ClientConfig config;
    private final Logger log;
    private final Dispatcher dispatcher;
    private final ScheduledExecutorService scheduler;
    private final Backoff backoff;

    // guarded by this
    private ClientSettings settings;
    private boolean originalOnly;
    private final RoomMemory rooms = new RoomMemory(); // chatroom/2: outlives connections, to resume
    private String roomsServer = ""; // the host, port and protocol whose rooms those are
    /** Written under this component's lock; read without it only to tell a session's rename is the current one's. */
    private volatile Session session;
    private ScheduledFuture<?> pendingAttempt;
    private ConnectionState state = ConnectionState.DISCONNECTED;
    /** Written under this component's lock, or at once when the current session is renamed ({@link #renamed}). */
    private volatile String nickname = "";
    private volatile List<String> members = List.of();
    /** The members of each room the client is in ({@code chatroom/2}), as the rooms last told. */
    private volatile Map<String, List<String>> roomMembers = Map.of();
    private ServerList servers; // guarded by this; set with the settings
    private int tried; // servers that failed since the last join, guarded by this
    /** The name and server of the connection this client left last, and when (guarded by this). */
    private String leftName;
    private ServerList.Server leftServer;
    private long leftAt;

    @Activate
    public ChatClientComponent(@Reference(name = "transport", target = "(chat.transport=tcp)") ClientTransport transport,
            @Reference(service = LoggerFactory.class) Logger log, ClientConfig config) {
        this.transport = transport;
        this.config = config;
        this.log = log;
        this.dispatcher = new Dispatcher(log);
        this.backoff = new Backoff(config.reconnect_initial_millis(), config.reconnect_max_millis());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "chatroom-client");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(ChatListener listener) {
        dispatcher.add(listener);
    }

    void removeListener(ChatListener listener) {
        dispatcher.remove(listener);
    }

    @Deactivate
    void deactivate() {
        disconnect();
        scheduler.shutdownNow();
        dispatcher.close();
    }

    @Override
    public synchronized void connect(ClientSettings newSettings) {
        stopCurrent();
        if (newSettings.protocol() == ProtocolMode.IRC) {
            settings = null; // IRC is served by org.chatroom.client.irc, which passes other protocols on to us
            setState(ConnectionState.DISCONNECTED, Messages.format("irc.unavailable"));
            return;
        }
        try {
            servers = ServerList.parse(newSettings.host(), newSettings.port());
        } catch (IllegalArgumentException e) {
            settings = null;
            setState(ConnectionState.DISCONNECTED, e.getMessage());
            return;
        }
        tried = 0;
        settings = newSettings;
        originalOnly = newSettings.protocol() == ProtocolMode.ORIGINAL;
        nickname = newSettings.nickname();
        String server = newSettings.host() + ' ' + newSettings.port() + ' ' + newSettings.protocol();
        if (!server.equals(roomsServer)) {
            rooms.clear(); // the rooms of the last server are not this one's (the same one's are resumed)
            roomsServer = server;
        }
        if (rooms.rooms().isEmpty()) {
            rooms.want(newSettings.channels()); // resumed rooms keep the one typed text goes to
        } else {
            rooms.passwords(newSettings.channels()); // resumed with the password given now (it changed meanwhile)
        }
        backoff.reset();
        setState(ConnectionState.CONNECTING, "");
        pendingAttempt = scheduler.schedule(this::attempt, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void disconnect() {
        settings = null;
        stopCurrent();
        if (state != ConnectionState.DISCONNECTED) {
            setState(ConnectionState.DISCONNECTED, "");
        }
    }

    @Override
    public boolean disconnectAndWait(Duration timeout) throws InterruptedException {
        Session current;
        synchronized (this) {
            current = session;
            disconnect();
        }
        return current == null || current.awaitClosed(timeout);
    }

    @Override
    public boolean holdsLinesForRoom() {
        Session current = currentSession();
        return current != null && current.holdsLines();
    }

    @Override
    public boolean awaitsAnswers() {
        Session current = currentSession();
        return current != null && current.awaitsAnswers();
    }

    @Override
    public boolean keepsRoomHistory() {
        Session current = currentSession();
        return current != null && current.withRooms();
    }

    private synchronized Session currentSession() {
        return session;
    }

    @Override
    public boolean send(String text) {
        if ("/quit".equals(text.strip())) {
            disconnect();
            return true;
        }
        // the session itself refuses until it has joined: the state turns CONNECTED a moment after the "Joined the
        // room" notice, and a line typed on that notice must not be refused
        Session current = currentSession();
        return current != null && current.send(text);
    }

    @Override
    public synchronized ConnectionState state() {
        return state;
    }

    @Override
    public synchronized String nickname() {
        return nickname;
    }

    @Override
    public List<String> members() {
        return members;
    }

    @Override
    public List<String> members(String room) {
        return roomMembers.getOrDefault(room, room.equals(room()) ? members : List.of());
    }

    @Override
    public List<String> rooms() {
        return rooms.rooms();
    }

    @Override
    public boolean listRooms() {
        Session current = currentSession();
        return current != null && current.listRooms();
    }

    @Override
    public String room() {
        return rooms.current();
    }

    @Override
    public boolean room(String name) {
        boolean switched = rooms.current(name);
        Session current;
        synchronized (this) {
            current = state == ConnectionState.CONNECTED ? session : null;
        }
        if (switched && current != null) {
            current.names(name); // the member list follows; no notice: a UI switching tabs says nothing
        }
        return switched;
    }

    private void stopCurrent() {
        if (pendingAttempt != null) {
            pendingAttempt.cancel(false);
            pendingAttempt = null;
        }
        Session current = session;
        session = null;
        if (current != null) {
            String name = current.joinedName();
            if (name != null) {
                leftName = name;
                leftServer = servers.current();
                leftAt = System.nanoTime();
            }
            current.quit();
        }
        // after quit: a line the session was reading meanwhile (under its lock, which quit waits for) may have set
        // its members; once quit, it reads nothing more
        members = List.of();
        roomMembers = Map.of();
    }

    /** Runs on the scheduler: one connection attempt with the current settings. */
    private void attempt() {
        ClientSettings target;
        ServerList.Server server;
        Session attempt;
        synchronized (this) {
            target = settings;
            if (target == null || session != null) {
                return;
            }
            server = servers.current();
            attempt = new Session(!originalOnly, target.protocol() == ProtocolMode.ROOMS ? rooms : null,
                    target.nickname(), target.password(), this);
            if (target.nickname().equals(leftName) && server.equals(leftServer)
                    && System.nanoTime() - leftAt < NAME_HOLD_NANOS) {
                attempt.nameMayBeHeldUntil(leftAt + NAME_HOLD_NANOS);
            }
            session = attempt;
        }
        try {
            InetSocketAddress address = new InetSocketAddress(server.host(), server.port());
            if (address.isUnresolved()) {
                throw new IOException("unknown host " + server.host());
            }
            ClientTransport chosen = target.tls() ? tlsTransport : transport;
            if (chosen == null) {
                throw new IOException(Messages.format("tls.unavailable"));
            }
            Connection connection = chosen.connect(address,
                    new TransportLimits(config.max_frame_bytes(), config.max_queued_bytes()), attempt,
                    target.connectTimeout());
            if (connection instanceof SecureConnection secure) {
                dispatcher.event(new ChatEvent(ChatEvent.Kind.NOTICE, Instant.now(), "", "", Messages.format(
                        secure.pinnedNow() ? "tls.pinned" : "tls.matches", server.host(), server.port(),
                        secure.peerFingerprint())));
            }
        } catch (CertificateChangedException e) {
            log.error("Refused {}: {}", server, e.getMessage());
            dispatcher.event(new ChatEvent(ChatEvent.Kind.ERROR, Instant.now(), "", "", e.getMessage()));
            onEnded(attempt, Session.Ending.CERTIFICATE_CHANGED, e.getMessage());
            return;
        } catch (IOException | RuntimeException e) {
            onEnded(attempt, Session.Ending.LOST, Messages.format("connect.failed", server.host(), server.port(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return;
        }
        long timeout = target.connectTimeout().toMillis();
        String hint = IRC_PORTS.contains(server.port()) ? " " + Messages.format("connect.ircPort", server.port()) : "";
        scheduler.schedule(() -> attempt.handshakeTimedOut(timeout, hint), timeout, TimeUnit.MILLISECONDS);
        if (attempt.extended()) {
            long hello = Math.min(timeout, config.hello_timeout_millis());
            scheduler.schedule(attempt::helloTimedOut, hello, TimeUnit.MILLISECONDS);
        }
    }

    // Session.Owner: sessions call these holding their own lock, so the work hops to the scheduler thread; taking
    // this component's lock right here could deadlock with connect()/disconnect(), which call into sessions.

    @Override
    public void joined(Session joinedSession, String name) {
        later(() -> onJoined(joinedSession, name));
    }

    @Override
    public void ended(Session endedSession, Session.Ending ending, String detail) {
        later(() -> onEnded(endedSession, ending, detail));
    }

    @Override
    public void renamed(Session renamedSession, String name) {
        // at once: the session tells the room's NICK event to the listeners right after, and one that asks for the
        // nickname on it must get the new one (it raced the scheduler thread: OwnRoomTest saw "fred" once)
        if (renamedSession == session) {
            nickname = name;
        }
        later(() -> onRenamed(renamedSession, name));
    }

    @Override
    public void event(ChatEvent event) {
        dispatcher.event(event);
    }

    @Override
    public void members(String room, List<String> newMembers) {
        members = newMembers;
        dispatcher.members(room, newMembers);
    }

    @Override
    public void roomMembers(Map<String, List<String>> byRoom) {
        roomMembers = byRoom;
    }

    @Override
    public void roomsListed(List<RoomListing> listed) {
        dispatcher.roomsListed(listed);
    }

    @Override
    public void roomPasswordRefused(String room, boolean wrong, String detail) {
        dispatcher.roomPasswordRefused(room, wrong, detail);
    }

    @Override
    public void later(Runnable task, long millis) {
        try {
            scheduler.schedule(task, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // deactivated: the session is gone with it
        }
    }

    private void later(Runnable work) {
        try {
            scheduler.execute(work);
        } catch (RejectedExecutionException e) {
            // deactivated: nothing is left to tell
        }
    }

    private synchronized void onJoined(Session joinedSession, String name) {
        if (joinedSession != session) {
            return;
        }
        nickname = name;
        backoff.reset();
        tried = 0;
        setState(ConnectionState.CONNECTED, "");
        log.info("Joined {} as {}", servers.current(), name);
    }

    private synchronized void onRenamed(Session renamedSession, String name) {
        if (renamedSession == session) {
            nickname = name;
            settings = settings == null ? null : settings.withNickname(name); // a reconnect asks for it
        }
    }

    private synchronized void onEnded(Session endedSession, Session.Ending ending, String detail) {
        if (endedSession != session) {
            return; // an older attempt, or one we closed ourselves
        }
        session = null;
        members = List.of();
        roomMembers = Map.of();
        if (ending == Session.Ending.NO_EXTENDED
                && (settings.protocol() == ProtocolMode.AUTO || settings.protocol() == ProtocolMode.ROOMS)) {
            originalOnly = true;
            dispatcher.members("", members);
            dispatcher.event(new ChatEvent(ChatEvent.Kind.NOTICE, Instant.now(), "", "",
                    Messages.format("fallback")));
            pendingAttempt = scheduler.schedule(this::attempt, 0, TimeUnit.MILLISECONDS);
            return;
        }
        log.info("Connection to {} ended ({}): {}", servers.current(), ending, detail);
        if (ending == Session.Ending.LOST && ++tried < servers.size()) { // the next server of the list, at once
            servers.next();
            ended(ConnectionState.RECONNECTING,
                    Messages.format("servers.next", Messages.sentence(detail), servers.current()));
            pendingAttempt = scheduler.schedule(this::attempt, 0, TimeUnit.MILLISECONDS);
            return;
        }
        boolean retry = settings.autoReconnect() && ending != Session.Ending.NAME_REFUSED
                && ending != Session.Ending.NO_EXTENDED && ending != Session.Ending.CERTIFICATE_CHANGED
                && ending != Session.Ending.BAD_PASSWORD && ending != Session.Ending.REFUSED
                && ending != Session.Ending.REMOVED;
        if (retry) {
            tried = 0;
            servers.next();
            long delay = backoff.next();
            ended(ConnectionState.RECONNECTING,
                    Messages.format("reconnect.in", Messages.sentence(detail), delay / 1000.0));
            pendingAttempt = scheduler.schedule(this::attempt, delay, TimeUnit.MILLISECONDS);
        } else {
            if (ending == Session.Ending.BAD_PASSWORD) { // a UI may ask for the password and connect again
                dispatcher.passwordRefused(!settings.password().isEmpty(), detail);
            }
            settings = null;
            ended(ConnectionState.DISCONNECTED, detail);
        }
    }

    private void setState(ConnectionState newState, String detail) {
        state = newState;
        dispatcher.state(newState, detail);
    }

    /**
     * The connection ended: the state says so, then the members are none. A console printed "members: none (in no
     * room)" above "connection lost", as if the user had left the room.
     */
    private void ended(ConnectionState newState, String detail) {
        setState(newState, detail);
        dispatcher.members("", members);
    }
}
