package org.chatroom.irc.internal.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.irc.internal.wire.LineSplitter;
import org.chatroom.irc.internal.wire.Tags;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.room.member.MemberListener;
import org.chatroom.room.member.RoomState;

/**
 * What one IRC client hears of the rooms, as IRC lines: room events (its own message echoed only with
 * {@code echo-message}, a rename once however many rooms it shares; each with a {@code msgid} under
 * {@code message-tags}), joins completed (JOIN, the history as a {@code chathistory} batch with {@code batch} and
 * {@code server-time} unless the client asks for history itself with {@code draft/chathistory}, the topic and the
 * names), private messages, notices, removals and the close. The rooms call it on the client's connection's thread,
 * in their order, and what it sends is written from there at once ({@link Out#later}, {@link Out#deferred}).
 */
final class RoomEvents implements MemberListener {

    private final IrcClient client;

    RoomEvents(IrcClient client) {
        this.client = client;
    }

    @Override
    public void event(RoomEvent event) {
        if (event.kind() == EventKind.JOIN) {
            client.channels.back(event.name());
        }
        if (!shown(event)) {
            return;
        }
        if (quitServer(event)) { // one QUIT however many channels are shared, as IRC servers tell it
            if (client.channels.quit(event.name())) {
                client.out.later(Out.line(EventLines.tags(client, null, event, 0),
                        IrcNames.source(event.name(), client.out.server()), "QUIT", event.text()));
            }
            return;
        }
        EventLines.send(client, null, event);
    }

    /**
     * Whether {@code event} is the leave of a member who left the server, not the room: no longer a member (a part
     * leaves the member on the server), and removed by nobody (a kick or a ban is a KICK in each channel). Such a
     * leave reached IRC clients as a PART of each channel shared ("has left #general [Quit: bye]").
     */
    private boolean quitServer(RoomEvent event) {
        return event.kind() == EventKind.LEAVE && !event.removal() && client.network.kicks().of(event) == null
                && client.network.members().member(event.name()).isEmpty();
    }

    /** Whether the client is shown {@code event}, its view of the channels updated. */
    private boolean shown(RoomEvent event) {
        return switch (event.kind()) {
        case MESSAGE, ACTION, NOTICE -> !NameKeys.of(event.name()).equals(client.nameKey())
                || client.caps.has(Caps.ECHO_MESSAGE);
        case TOPIC -> true;
        // its own join the client was told by the join's replies
        case JOIN -> client.channels.newIn(event) && !NameKeys.of(event.name()).equals(client.nameKey());
        case LEAVE -> client.channels.news(event);
        case NICK -> client.channels.news(event) && client.channels.rename(event.name(), event.text());
        };
    }

    @Override
    public void joined(RoomState state, List<RoomEvent> history, long lost) {
        client.channels.identified(state); // before its live events, which are encoded as they come
        client.out.deferred(() -> joinReplies(state, history));
    }

    private void joinReplies(RoomState state, List<RoomEvent> history) {
        String channel = IrcNames.channel(state.room());
        String me = client.name();
        client.channels.joined(state.room(), state.lastSequence());
        client.out.send(client.timeNow(), IrcNames.source(me, client.out.server()), "JOIN", channel);
        if (!history.isEmpty() && client.caps.historyOnJoin()) {
            HistoryBatch.send(client, channel, history);
        }
        ChannelReplies.topic(client, channel, state, false);
        List<String> names = state.members();
        if (!names.contains(me)) { // its join not yet committed when the room took the names: it is in the channel
            names = new ArrayList<>(names);
            names.add(me);
        }
        ChannelReplies.names(client, channel, names);
    }

    @Override
    public void privateMessage(Instant time, String from, String to, String text) {
        client.out.deferred(() -> privateLines(time, from, to, "PRIVMSG", text));
    }

    @Override
    public void privateNotice(Instant time, String from, String to, String text) {
        client.out.deferred(() -> privateLines(time, from, to, "NOTICE", text));
    }

    private void privateLines(Instant time, String from, String to, String command, String text) {
        String me = client.name();
        boolean fromMe = NameKeys.of(from).equals(NameKeys.of(me));
        boolean toMe = NameKeys.of(to).equals(NameKeys.of(me));
        if (fromMe && !toMe && !client.caps.has(Caps.ECHO_MESSAGE)) {
            return;
        }
        String source = IrcNames.source(from, client.out.server());
        String target = IrcNames.nick(to);
        for (String piece : LineSplitter.split(text, Out.room(source, command, target))) {
            client.out.send(tags(time, null), source, command, target, piece);
        }
    }

    @Override
    public void notice(Instant time, String text) {
        client.out.deferred(() -> client.out.send(tags(time, null), client.out.server(), "NOTICE", client.target(), text));
    }

    @Override
    public void error(ErrorCode code, String text) {
        client.out.deferred(() -> client.out.fromServer("NOTICE", client.target(), text));
    }

    @Override
    public void parted(String room, String reason) {
        client.channels.left(room);
        Kicks.Kick kick = client.network.kicks().ofMember(room, client.name()); // an operator's here: by whom, and why
        String kicker = kick == null ? client.out.server() : IrcNames.source(kick.kicker(), client.out.server());
        client.out.deferred(() -> client.out.send(null, kicker, "KICK", IrcNames.channel(room), client.target(),
                kick == null ? reason : kick.shown()));
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
