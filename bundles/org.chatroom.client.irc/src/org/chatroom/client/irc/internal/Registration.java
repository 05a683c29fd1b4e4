package org.chatroom.client.irc.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ClientSettings;

/**
 * Registration with the server: {@code CAP LS 302}, the capabilities we use ({@code sasl} when the settings name an
 * account, {@code server-time}, and the channels' history: {@code draft/chathistory} with {@code batch} and
 * {@code message-tags}, and {@code draft/event-playback} where offered), SASL PLAIN,
 * {@code PASS}/{@code NICK}/{@code USER}, other nicknames while the one asked for is taken (433) or refused, until the
 * welcome (001).
 */
final class Registration {

    private static final int SASL_CHUNK = 400;
    /** The capabilities the channels' history needs: the requests, their answers in batches, and message ids. */
    static final List<String> HISTORY = List.of("draft/chathistory", "batch", "message-tags");
    /** Joins, leaves, renames and topics in the history too, not only what was said: asked for when offered. */
    private static final String PLAYBACK = "draft/event-playback";

    private final IrcSession session;
    private final ClientSettings settings;
    private final int nickAttempts;
    private final Set<String> offered = new HashSet<>();
    private final Set<String> acked = ConcurrentHashMap.newKeySet();
    private int attempt;
    private boolean capDone;
    private boolean saslDone;
    private volatile boolean done;

    Registration(IrcSession session, ClientSettings settings, int nickAttempts) {
        this.session = session;
        this.settings = settings;
        this.nickAttempts = nickAttempts;
    }

    void begin() {
        List<String> lines = new ArrayList<>();
        lines.add("CAP LS 302");
        if (!settings.password().isEmpty() && !sasl()) {
            lines.add("PASS :" + settings.password());
        }
        lines.add("NICK " + settings.nickname());
        lines.add("USER " + user() + " 0 * :" + settings.nickname());
        session.write(lines);
    }

    boolean done() {
        return done;
    }

    /** @return whether the server keeps the channels' history for us: it took our request for {@link #HISTORY} */
    boolean history() {
        return acked.containsAll(HISTORY);
    }

    /** @return whether the line was registration's */
    boolean handle(IrcMessage message) {
        switch (message.command()) {
        case "CAP":
            cap(message);
            return true;
        case "AUTHENTICATE":
            if ("+".equals(message.param(0))) {
                authenticate();
            }
            return true;
        case "900":
            session.emit(notice(Texts.format("sasl.done", settings.saslUser())));
            return true;
        case "903":
            saslDone = true;
            endCaps();
            return true;
        case "902", "904", "905", "906", "908":
            session.end(false, Texts.format("sasl.failed", settings.saslUser(), message.last()));
            return true;
        case "421":
            return !done && "CAP".equalsIgnoreCase(message.param(1)); // a server without capabilities
        case "432", "433", "436", "437":
            return !done && nickRefused(message);
        case "001":
            welcome(message);
            return true;
        default:
            return false;
        }
    }

    private void cap(IrcMessage message) {
        String sub = message.param(1);
        if ("LS".equals(sub)) {
            for (String cap : message.last().split(" ")) {
                int equals = cap.indexOf('=');
                offered.add(equals < 0 ? cap : cap.substring(0, equals));
            }
            if (!"*".equals(message.param(2))) {
                request();
            }
        } else if ("ACK".equals(sub)) {
            acked.addAll(List.of(message.last().split(" ")));
            if (List.of(message.last().split(" ")).contains("sasl")) {
                session.write("AUTHENTICATE PLAIN");
            } else {
                endCaps();
            }
        } else if ("NAK".equals(sub)) {
            if (sasl()) {
                session.end(false, Texts.format("sasl.missing", settings.saslUser()));
            } else {
                endCaps();
            }
        }
    }

    private void request() {
        if (capDone) {
            return;
        }
        if (sasl() && !offered.contains("sasl")) {
            session.end(false, Texts.format("sasl.missing", settings.saslUser()));
            return;
        }
        List<String> wanted = new ArrayList<>();
        if (sasl()) {
            wanted.add("sasl");
        }
        if (offered.contains("server-time")) {
            wanted.add("server-time");
        }
        if (offered.containsAll(HISTORY)) {
            wanted.addAll(HISTORY);
            if (offered.contains(PLAYBACK)) {
                wanted.add(PLAYBACK);
            }
        }
        if (wanted.isEmpty()) {
            endCaps();
        } else {
            session.write("CAP REQ :" + String.join(" ", wanted));
        }
    }

    private void authenticate() {
        String plain = settings.saslUser() + '\0' + settings.saslUser() + '\0' + settings.password();
        String encoded = Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (int at = 0; at < encoded.length(); at += SASL_CHUNK) {
            lines.add("AUTHENTICATE " + encoded.substring(at, Math.min(encoded.length(), at + SASL_CHUNK)));
        }
        if (encoded.length() % SASL_CHUNK == 0) {
            lines.add("AUTHENTICATE +");
        }
        session.write(lines);
    }

    private void endCaps() {
        if (!capDone) {
            capDone = true;
            session.write("CAP END");
        }
    }

    private boolean nickRefused(IrcMessage message) {
        String refused = message.param(1);
        if (attempt >= nickAttempts) {
            session.end(false, Texts.format("nick.exhausted", refused, message.last()));
            return true;
        }
        attempt++;
        String next = attempt == 1 ? settings.nickname() + "_" : settings.nickname() + attempt;
        session.emit(notice(Texts.format("nick.retry", refused, message.last(), next)));
        session.write("NICK " + next);
        return true;
    }

    private void welcome(IrcMessage message) {
        if (sasl() && !saslDone) {
            session.end(false, Texts.format("sasl.missing", settings.saslUser()));
            return;
        }
        done = true;
        capDone = true;
        String nick = message.param(0);
        session.emit(new ChatEvent(ChatEvent.Kind.SERVER, Instant.now(), session.serverName(message.source()), "",
                Texts.format("welcome", message.source(), nick)));
        session.registered(nick);
    }

    private boolean sasl() {
        return !settings.saslUser().isEmpty();
    }

    private String user() {
        String user = settings.nickname().replaceAll("[^A-Za-z0-9]", "");
        return user.isEmpty() ? "chatroom" : user.substring(0, Math.min(10, user.length()));
    }

    private static ChatEvent notice(String text) {
        return new ChatEvent(ChatEvent.Kind.NOTICE, Instant.now(), "", "", text);
    }
}
