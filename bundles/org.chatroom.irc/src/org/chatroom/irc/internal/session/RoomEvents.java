package org.chatroom.irc.internal.session;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.irc.internal.wire.LineSplitter;
import org.chatroom.irc.internal.wire.Tags;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.NameRules;
import org.chatroom.room.member.MemberListener;
import org.chatroom.room.member.RoomState;

/**
 * What one IRC client hears of the rooms, as IRC lines: room events (its own message echoed only with
 * {@code echo-message}, a rename once however many rooms it shares), joins completed (JOIN, the history as a
 * {@code chathistory} batch with {@code batch} and {@code server-time}, the topic and the names), private messages,
 * notices, removals and the close.
 */
final class RoomEvents implements MemberListener {

    private static final AtomicLong BATCHES = new AtomicLong();

    private final IrcClient client;

    RoomEvents(IrcClient client) {
        this.client = client;
    }

    @Override
    public void event(RoomEvent event) {
        String room = event.room();
        String channel = IrcNames.channel(room);
        String me = client.name();
        boolean own = NameRules.key(event.name()).equals(NameRules.key(me));
        String tags = tags(event.time(), null);
        String source = IrcNames.source(event.name(), client.out.server());
        switch (event.kind()) {
        case MESSAGE, ACTION -> {
            if (!own || client.caps.has(Caps.ECHO_MESSAGE)) {
                say(tags, source, channel, event);
            }
        }
        case TOPIC -> client.out.send(tags, source, "TOPIC", channel, event.text());
        case JOIN -> {
            if (client.channels.add(room, event.name())) {
                client.out.send(tags, source, "JOIN", channel);
            }
        }
        case LEAVE -> {
            client.channels.remove(room, event.name());
            client.out.send(tags, source, "PART", channel, event.text());
        }
        case NICK -> {
            if (client.channels.rename(event.name(), event.text())) {
                client.out.send(tags, source, "NICK", IrcNames.nick(event.text()));
            }
        }
        }
    }

    private void say(String tags, String source, String target, RoomEvent event) {
        boolean action = event.kind() == org.chatroom.api.log.EventKind.ACTION;
        int room = Out.room(source, "PRIVMSG", target) - (action ? "\u0001ACTION \u0001".length() : 0);
        for (String piece : LineSplitter.split(event.text(), room)) {
            client.out.send(tags, source, "PRIVMSG", target, action ? "\u0001ACTION " + piece + "\u0001" : piece);
        }
    }

    @Override
    public void joined(RoomState state, List<RoomEvent> history, long lost) {
        String channel = IrcNames.channel(state.room());
        String me = client.name();
        client.channels.joined(state.room(), state.members());
        client.out.send(null, IrcNames.source(me, client.out.server()), "JOIN", channel);
        if (!history.isEmpty() && client.caps.has(Caps.BATCH) && client.caps.has(Caps.SERVER_TIME)) {
            String batch = "h" + BATCHES.incrementAndGet();
            client.out.send(null, client.out.server(), "BATCH", "+" + batch, "chathistory", channel);
            for (RoomEvent event : history) {
                history(batch, channel, event);
            }
            client.out.send(null, client.out.server(), "BATCH", "-" + batch);
        }
        ChannelReplies.topic(client, channel, state, false);
        ChannelReplies.names(client, channel, state.members());
    }

    private void history(String batch, String channel, RoomEvent event) {
        String tags = "batch=" + batch + ";" + Tags.time(event.time());
        String source = IrcNames.source(event.name(), client.out.server());
        switch (event.kind()) {
        case MESSAGE, ACTION -> say(tags, source, channel, event);
        case TOPIC -> client.out.send(tags, source, "TOPIC", channel, event.text());
        case JOIN -> client.out.send(tags, source, "JOIN", channel);
        case LEAVE -> client.out.send(tags, source, "PART", channel, event.text());
        case NICK -> client.out.send(tags, source, "NICK", IrcNames.nick(event.text()));
        }
    }

    @Override
    public void privateMessage(Instant time, String from, String to, String text) {
        String me = client.name();
        boolean fromMe = NameRules.key(from).equals(NameRules.key(me));
        boolean toMe = NameRules.key(to).equals(NameRules.key(me));
        if (fromMe && !toMe && !client.caps.has(Caps.ECHO_MESSAGE)) {
            return;
        }
        String source = IrcNames.source(from, client.out.server());
        String target = IrcNames.nick(to);
        for (String piece : LineSplitter.split(text, Out.room(source, "PRIVMSG", target))) {
            client.out.send(tags(time, null), source, "PRIVMSG", target, piece);
        }
    }

    @Override
    public void notice(Instant time, String text) {
        client.out.send(tags(time, null), client.out.server(), "NOTICE", client.target(), text);
    }

    @Override
    public void error(ErrorCode code, String text) {
        client.out.fromServer("NOTICE", client.target(), text);
    }

    @Override
    public void parted(String room, String reason) {
        client.channels.left(room);
        client.out.send(null, client.out.server(), "KICK", IrcNames.channel(room), client.target(), reason);
    }

    @Override
    public void closed(String reason) {
        client.closedByRoom(reason);
    }

    /** The tags {@code server-time} asks for; {@code extra} (or null) first. */
    private String tags(Instant time, String extra) {
        if (!client.caps.has(Caps.SERVER_TIME)) {
            return extra;
        }
        return extra == null ? Tags.time(time) : extra + ";" + Tags.time(time);
    }
}
