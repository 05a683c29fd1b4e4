package org.chatroom.client.irc.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.RoomListing;
import org.chatroom.client.reconnect.Backoff;
import org.osgi.service.log.Logger;

/**
 * Our {@link ChatClient} on an IRC network: one {@link IrcSession} at a time, attempts, registration timeout and
 * reconnects with back-off on a thread of its own; after a reconnect it joins its channels again, as the nickname the
 * user chose last, without showing the server's welcome burst a second time.
 */
final class IrcClient implements ChatClient, IrcSession.Owner {

    private final IrcConfig config;
    private final Logger log;
    private final Listeners listeners;
    private final Backoff backoff;
    private final Channels channels = new Channels();
    private final ChannelHistory history = new ChannelHistory();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "chatroom-irc");
        thread.setDaemon(true);
        return thread;
    });

    // guarded by this
    private ClientSettings settings;
    private IrcSession session;
    /** The session quit last, until the next attempt has waited for its close. */
    private IrcSession leaving;
    private ScheduledFuture<?> pending;
    private ConnectionState state = ConnectionState.DISCONNECTED;
    private String nickname = "";
    /** The host, port, TLS choice and channels of the settings whose channels {@link #channels} holds. */
    private String channelsServer = "";
    /** Whether a session of the current {@link #connect} registered: later ones are reconnects. */
    private boolean registeredBefore;

    IrcClient(IrcConfig config, Logger log, Listeners listeners) {
        this.config = config;
        this.log = log;
        this.listeners = listeners;
        this.backoff = new Backoff(config.reconnect_initial_millis(), config.reconnect_max_millis());
    }

    @Override
    public synchronized void connect(ClientSettings newSettings) {
        stopCurrent();
        settings = newSettings;
        nickname = newSettings.nickname();
        String server = newSettings.host() + ' ' + newSettings.port() + ' ' + newSettings.tls() + ' '
                + newSettings.channels();
        if (server.equals(channelsServer)) {
            channels.keep(); // Disconnect, then Connect: the channels the client was in, as after a drop
        } else {
            channels.reset(newSettings.channels());
            history.reset();
            channelsServer = server;
        }
        registeredBefore = false;
        backoff.reset();
        setState(ConnectionState.CONNECTING, "");
        pending = schedule(this::attempt, 0);
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
        IrcSession current;
        synchronized (this) {
            current = session;
            disconnect();
        }
        return current == null || current.awaitClosed(timeout);
    }

    @Override
    public boolean send(String text) {
        IrcSession current;
        synchronized (this) {
            current = state == ConnectionState.CONNECTED ? session : null;
        }
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
        return channels.members(channels.current());
    }

    /** Over IRC when the server offers {@code draft/chathistory} (as Chatroom's own listener does). */
    @Override
    public boolean keepsRoomHistory() {
        IrcSession current;
        synchronized (this) {
            current = state == ConnectionState.CONNECTED ? session : null;
        }
        return current != null && current.history() != null;
    }

    /** Whether a {@code CHATHISTORY} asked (a channel joined, {@code /history}) is not answered yet. */
    @Override
    public boolean awaitsAnswers() {
        IrcSession current;
        synchronized (this) {
            current = state == ConnectionState.CONNECTED ? session : null;
        }
        return current != null && current.history() != null && current.history().asking();
    }

    /** IRC has no search of a channel's history. */
    @Override
    public boolean searchesRoomHistory() {
        return false;
    }

    @Override
    public List<String> members(String room) {
        return channels.members(room);
    }

    @Override
    public List<String> rooms() {
        return channels.rooms();
    }

    @Override
    public String room() {
        return channels.current();
    }

    @Override
    public boolean room(String name) {
        boolean switched = channels.current(name);
        if (switched) {
            tellMembers();
        }
        return switched;
    }

    void close() {
        disconnect();
        scheduler.shutdownNow();
    }

    private void stopCurrent() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        IrcSession current = session;
        session = null;
        channels.disconnected();
        history.disconnected();
        if (current != null) {
            current.quit("Leaving");
            leaving = current;
        }
    }

    private void attempt() {
        ClientSettings target;
        IrcSession attempt;
        IrcSession previous;
        synchronized (this) {
            target = settings;
            if (target == null || session != null) {
                return;
            }
            attempt = new IrcSession(target, new IrcSession.Limits(config.max_line_bytes(),
                    config.max_received_bytes(), config.max_queued_lines(), config.ping_interval_seconds(),
                    config.nick_attempts()), channels, history, this, registeredBefore);
            session = attempt;
            previous = leaving;
            leaving = null;
        }
        try {
            if (previous != null) { // connecting again at once: the server frees the nickname when it has closed
                previous.awaitClosed(Duration.ofMillis(IrcSession.QUIT_GRACE_MILLIS));
                synchronized (this) {
                    if (session != attempt) {
                        return; // disconnected (or connected elsewhere) meanwhile
                    }
                }
            }
            attempt.start();
        } catch (SSLException e) {
            onEnded(attempt, false, untrusted(e) ? Texts.format("tls.untrusted", target.host(), target.port())
                    : Texts.format("tls.failed", target.host(), target.port(), e.getMessage()));
            return;
        } catch (IOException | RuntimeException e) {
            onEnded(attempt, true, Texts.format("connect.failed", target.host(), target.port(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the client is closing
            return;
        }
        int seconds = config.register_timeout_seconds();
        schedule(() -> registrationTimedOut(attempt, seconds), seconds * 1000L);
    }

    private void registrationTimedOut(IrcSession attempt, int seconds) {
        synchronized (this) {
            if (attempt != session || state == ConnectionState.CONNECTED) {
                return;
            }
        }
        attempt.end(true, Texts.format("register.timeout", seconds));
    }

    // IrcSession.Owner: called on the session's reader thread

    @Override
    public void registered(IrcSession registeredSession, String nick) {
        synchronized (this) {
            if (registeredSession != session) {
                return;
            }
            nickname = nick;
            registeredBefore = true;
            backoff.reset();
            setState(ConnectionState.CONNECTED, "");
            log.info("Registered on {}:{} as {}", settings.host(), settings.port(), nick);
        }
    }

    @Override
    public synchronized void renamed(IrcSession renamedSession, String nick) {
        if (renamedSession == session) {
            nickname = nick;
            settings = settings == null ? null : settings.withNickname(nick); // a reconnect asks for it
        }
    }

    @Override
    public void ended(IrcSession endedSession, boolean retry, String detail) {
        onEnded(endedSession, retry, detail);
    }

    @Override
    public void events(List<ChatEvent> events) {
        listeners.events(events);
    }

    @Override
    public void roomsListed(List<RoomListing> rooms) {
        listeners.roomsListed(rooms);
    }

    @Override
    public void roomPasswordRefused(String channel, boolean wrong, String detail) {
        listeners.roomPasswordRefused(channel, wrong, detail);
    }

    @Override
    public boolean listRooms() {
        IrcSession current;
        synchronized (this) {
            current = state == ConnectionState.CONNECTED ? session : null;
        }
        return current != null && current.listRooms();
    }

    @Override
    public void membersChanged(String channel) {
        if (channels.isCurrent(channel) || !channels.in(channel)) { // a channel left may have been the current one
            tellMembers();
        }
    }

    /** Tells the current channel's members, with the channel: read once, as a part may change it meanwhile. */
    private void tellMembers() {
        String current = channels.current();
        listeners.members(current, channels.members(current));
    }

    private synchronized void onEnded(IrcSession endedSession, boolean retry, String detail) {
        if (endedSession != session) {
            return;
        }
        session = null;
        channels.disconnected();
        history.disconnected();
        log.info("IRC connection to {}:{} ended: {}", settings.host(), settings.port(), detail);
        if (retry && settings.autoReconnect()) {
            long delay = backoff.next();
            setState(ConnectionState.RECONNECTING,
                    Texts.format("reconnect.in", Texts.sentence(detail), delay / 1000.0));
            pending = schedule(this::attempt, delay);
        } else {
            settings = null;
            listeners.events(List.of(new ChatEvent(ChatEvent.Kind.ERROR, Instant.now(), "", "", detail)));
            setState(ConnectionState.DISCONNECTED, detail);
        }
        listeners.members("", List.of()); // after the state: the connection ended, the user did not leave a room
    }

    private ScheduledFuture<?> schedule(Runnable work, long delayMillis) {
        try {
            return scheduler.schedule(work, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null; // closed
        }
    }

    private void setState(ConnectionState newState, String detail) {
        state = newState;
        listeners.state(newState, detail);
    }

    /** @return whether {@code e} says no trusted authority signed the server's certificate */
    private static boolean untrusted(SSLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.security.cert.CertPathBuilderException
                    || cause instanceof java.security.cert.CertPathValidatorException) {
                return true;
            }
        }
        return false;
    }
}
