package org.chatroom.client.irc.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.client.irc.internal.ChannelHistory.Answer;
import org.chatroom.client.irc.internal.ChannelHistory.Ask;
import org.chatroom.client.irc.internal.ChannelHistory.Line;

/**
 * The channels' history on a server offering {@code draft/chathistory}: asked for when this client joins a channel
 * ({@link ChannelHistory} says what), taken in from the {@code chathistory} batches that answer (their messages,
 * actions and notices are history events) and from the server's refusals ({@code FAIL CHATHISTORY}). Each answer ends
 * with a notice of this client, which a UI takes for its end: "Joined #c." after a first join's history, "Back in
 * #c: ..." after what a resume brought, "N older events in #c." after an older page. One session's reader thread.
 */
final class HistoryEvents {

    /** History batches open at once, at most: a server's further ones are read line by line, as live lines. */
    private static final int MAX_OPEN = 16;
    /** Lines one batch holds, at most (a server answers with its {@code CHATHISTORY} limit): the rest is left out. */
    private static final int MAX_LINES = 10_000;

    private final IrcSession session;
    private final Channels channels;
    private final ChannelHistory history;
    private final Map<String, String> open = new HashMap<>(); // batch id -> its channel
    private final Map<String, List<Line>> lines = new HashMap<>(); // batch id -> its lines so far

    HistoryEvents(IrcSession session, Channels channels, ChannelHistory history) {
        this.session = session;
        this.channels = channels;
        this.history = history;
    }

    /** @return whether {@code m} was history: a line of a history batch, its start or end, or a refusal */
    boolean handle(IrcMessage m) {
        String batch = m.tag("batch");
        if (!batch.isEmpty() && open.containsKey(batch)) {
            line(batch, m);
            return true;
        }
        if ("BATCH".equals(m.command())) {
            return batch(m);
        }
        if ("FAIL".equals(m.command()) && "CHATHISTORY".equalsIgnoreCase(m.param(0))) {
            refused(m);
            return true;
        }
        return false;
    }

    private boolean batch(IrcMessage m) {
        String id = m.param(0);
        if (id.startsWith("+") && "chathistory".equalsIgnoreCase(m.param(1)) && channels.isChannel(m.param(2))
                && open.size() < MAX_OPEN) {
            open.put(id.substring(1), m.param(2));
            lines.put(id.substring(1), new ArrayList<>());
            return true;
        }
        String channel = id.startsWith("-") ? open.remove(id.substring(1)) : null;
        if (channel == null) {
            return false; // another kind of batch: its lines are read as they come
        }
        Answer answer = history.answered(channel, lines.remove(id.substring(1)), session.nick());
        if (answer != null) {
            answer.events().forEach(session::emit);
            if (answer.again() != null) {
                session.write(answer.again());
            } else {
                ended(channel, answer.ask(), answer.ask() == Ask.AFTER ? answer.said() : answer.events().size());
            }
        }
        return true;
    }

    /**
     * A line of the channel's past: a message, action or notice, and (with {@code draft/event-playback}) a join, part,
     * quit, kick, rename or topic; other lines of the batch are left out.
     */
    private void line(String batch, IrcMessage m) {
        List<Line> held = lines.get(batch);
        ChatEvent event = event(m, channels.name(open.get(batch)));
        if (event != null && held.size() < MAX_LINES) {
            held.add(new Line(event, m.tag("msgid")));
        }
    }

    private static ChatEvent event(IrcMessage m, String room) {
        Instant time = m.time() == null ? Instant.now() : m.time();
        String text = m.last();
        switch (m.command()) {
        case "PRIVMSG": {
            String action = InboundEvents.action(text);
            if (action == null && text.startsWith("\u0001")) {
                return null; // another CTCP request
            }
            return past(action == null ? Kind.MESSAGE : Kind.ACTION, time, m.nick(), action == null ? text : action,
                    room);
        }
        case "NOTICE":
            return m.source().contains("!") ? past(Kind.NOTICE, time, m.nick(), text, room) : null;
        case "JOIN":
            return past(Kind.JOIN, time, m.nick(), "", room);
        case "PART":
            return past(Kind.LEAVE, time, m.nick(), m.param(1), room);
        case "QUIT":
            return past(Kind.LEAVE, time, m.nick(), text, room);
        case "KICK":
            return past(Kind.LEAVE, time, m.param(1), Texts.format("kicked.other", m.nick(), m.param(2)), room);
        case "NICK":
            return past(Kind.NICK, time, m.nick(), text, room);
        case "TOPIC":
            return past(Kind.TOPIC, time, m.nick(), text, room);
        default:
            return null;
        }
    }

    private static ChatEvent past(Kind kind, Instant time, String from, String text, String room) {
        return new ChatEvent(kind, time, from, "", text, room, 0, true);
    }

    private void refused(IrcMessage m) {
        String channel = m.params().stream().skip(2).filter(channels::isChannel).findFirst().orElse("");
        Ask ask = channel.isEmpty() ? null : history.refused(channel);
        if (ask != null) {
            session.emit(new ChatEvent(Kind.ERROR, Instant.now(), "", "", Texts.format("history.refused",
                    channels.name(channel), m.last()), channels.name(channel), 0, false));
            ended(channel, ask, 0);
        }
    }

    private void ended(String channel, Ask ask, int count) {
        String name = channels.name(channel);
        String text = switch (ask) {
        case LATEST -> Texts.format("joined", name);
        case AFTER -> Texts.format("resumed", name, count);
        case BEFORE -> Texts.format("page", name, count);
        };
        session.emit(new ChatEvent(Kind.NOTICE, Instant.now(), "", "", text, name, 0, false));
    }
}
