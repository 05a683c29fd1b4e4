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

    /** Where the lines of an event go: a client's output, or a list of encoded lines. */
    @FunctionalInterface
    interface Sink {
        void line(String tags, String source, String command, String... params);
    }

    /** Sends {@code event} as its IRC line(s), whatever its kind; {@code batch} is the batch's id or null. */
    static void send(IrcClient client, String batch, RoomEvent event) {
        if (batch == null) { // live: encoded once per event for all clients with the same tags (LiveLines)
            List<byte[]> lines = LiveLines.of(client, event);
            for (int i = 0; i < lines.size(); i++) { // no iterator: this runs per member and event
                client.out.later(lines.get(i));
            }
            return;
        }
        emit(client, batch, event, client.out::send);
    }

    /** Gives {@code sink} the line(s) of {@code event} as {@code client} gets them. */
    static void emit(IrcClient client, String batch, RoomEvent event, Sink sink) {
        String channel = IrcNames.channel(event.room());
        String source = IrcNames.source(event.name(), client.out.server());
        String tags = tags(client, batch, event, 0);
        switch (event.kind()) {
        case MESSAGE, ACTION, NOTICE -> say(client, batch, event, sink);
        case TOPIC -> sink.line(tags, source, "TOPIC", channel, event.text());
        case JOIN -> sink.line(tags, source, "JOIN", channel);
        case LEAVE -> leave(client, event, tags, source, sink);
        case NICK -> sink.line(tags, source, "NICK", IrcNames.nick(event.text()));
        }
    }

    /**
     * A leave: {@code KICK} by the operator when it is the leave of a kick this listener made, {@code KICK} by whom
     * the event names when somebody else removed the member (the host; the server for a ban), else {@code PART}.
     */
    private static void leave(IrcClient client, RoomEvent event, String tags, String source, Sink sink) {
        String channel = IrcNames.channel(event.room());
        Kicks.Kick kick = client.network.kicks().of(event);
        String kicker = kick != null ? IrcNames.source(kick.kicker(), client.out.server())
                : !event.removal() ? null
                : RoomEvent.SERVER.equals(event.by()) ? client.out.server()
                : IrcNames.source(event.by(), client.out.server());
        if (kicker == null && event.text().isEmpty()) {
            sink.line(tags, source, "PART", channel); // "PART #ops :" showed as an empty reason, "[]" in irssi
        } else if (kicker == null) {
            sink.line(tags, source, "PART", channel, event.text());
        } else { // this listener's own kick gives the reason typed, not the room's "kicked by host: ..."
            sink.line(tags, kicker, "KICK", channel, IrcNames.nick(event.name()),
                    kick != null ? kick.shown() : event.text());
        }
    }

    /**
     * A message or an action ({@code PRIVMSG}) or a notice ({@code NOTICE}), split into as many lines as it takes
     * (each with an id of its own).
     */
    private static void say(IrcClient client, String batch, RoomEvent event, Sink sink) {
        boolean action = event.kind() == EventKind.ACTION;
        String command = event.kind() == EventKind.NOTICE ? "NOTICE" : "PRIVMSG";
        String channel = IrcNames.channel(event.room());
        String source = IrcNames.source(event.name(), client.out.server());
        int room = Out.room(source, command, channel) - (action ? "\u0001ACTION \u0001".length() : 0);
        List<String> pieces = LineSplitter.split(event.text(), room);
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            sink.line(tags(client, batch, event, i), source, command, channel,
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
                    .append(MsgId.of(event.room(), client.channels.incarnation(event.room()), event.seq(), piece));
        }
        return tags.length() == 0 ? null : tags.toString();
    }
}
