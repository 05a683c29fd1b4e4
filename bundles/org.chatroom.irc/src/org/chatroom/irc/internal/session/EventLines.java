package org.chatroom.irc.internal.session;

import java.util.List;

import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.irc.internal.wire.LineSplitter;
import org.chatroom.irc.internal.wire.MsgId;
import org.chatroom.irc.internal.wire.Tags;

/**
 * A room event as the IRC lines one client gets, live or in a history batch, with the tags it negotiated: {@code batch}
 * (in a batch), {@code time} ({@code server-time}) and {@code msgid} ({@code message-tags}), in that order.
 */
final class EventLines {

    private EventLines() {
    }

    /** Sends {@code event} as its IRC line(s), whatever its kind; {@code batch} is the batch's id or null. */
    static void send(IrcClient client, String batch, RoomEvent event) {
        String channel = IrcNames.channel(event.room());
        String source = IrcNames.source(event.name(), client.out.server());
        String tags = tags(client, batch, event, 0);
        switch (event.kind()) {
        case MESSAGE, ACTION -> say(client, batch, event);
        case TOPIC -> client.out.send(tags, source, "TOPIC", channel, event.text());
        case JOIN -> client.out.send(tags, source, "JOIN", channel);
        case LEAVE -> client.out.send(tags, source, "PART", channel, event.text());
        case NICK -> client.out.send(tags, source, "NICK", IrcNames.nick(event.text()));
        }
    }

    /** A message or an action: {@code PRIVMSG}, split into as many lines as it takes (each with an id of its own). */
    static void say(IrcClient client, String batch, RoomEvent event) {
        boolean action = event.kind() == EventKind.ACTION;
        String channel = IrcNames.channel(event.room());
        String source = IrcNames.source(event.name(), client.out.server());
        int room = Out.room(source, "PRIVMSG", channel) - (action ? "\u0001ACTION \u0001".length() : 0);
        List<String> pieces = LineSplitter.split(event.text(), room);
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            client.out.send(tags(client, batch, event, i), source, "PRIVMSG", channel,
                    action ? "\u0001ACTION " + piece + "\u0001" : piece);
        }
    }

    /** The tags of line {@code piece} of {@code event}; null for none. */
    static String tags(IrcClient client, String batch, RoomEvent event, int piece) {
        StringBuilder tags = new StringBuilder();
        if (batch != null) {
            tags.append("batch=").append(batch);
        }
        if (client.caps.has(Caps.SERVER_TIME)) {
            tags.append(tags.length() == 0 ? "" : ";").append(Tags.time(event.time()));
        }
        if (client.caps.has(Caps.MESSAGE_TAGS)) {
            tags.append(tags.length() == 0 ? "" : ";").append("msgid=")
                    .append(MsgId.of(event.room(), event.seq(), piece));
        }
        return tags.length() == 0 ? null : tags.toString();
    }
}
