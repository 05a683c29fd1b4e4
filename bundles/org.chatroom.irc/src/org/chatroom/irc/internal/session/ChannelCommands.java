package org.chatroom.irc.internal.session;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chatroom.api.room.RoomInfo;
import org.chatroom.irc.internal.Messages;
import org.chatroom.protocol.irc.Formatting;
import org.chatroom.irc.internal.wire.IrcMessage;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.room.member.MemberException;
import org.chatroom.room.member.RoomState;

/** JOIN, PART, TOPIC, NAMES, LIST, MODE and KICK: channels are rooms. */
final class ChannelCommands {

    private ChannelCommands() {
    }

    static void addTo(Map<String, Command> commands) {
        commands.put("JOIN", Command.of(1, false, ChannelCommands::join));
        commands.put("PART", Command.of(1, false, ChannelCommands::part));
        commands.put("TOPIC", Command.of(1, false, ChannelCommands::topic));
        commands.put("NAMES", Command.of(0, false, ChannelCommands::names));
        commands.put("LIST", Command.of(0, false, ChannelCommands::list));
        commands.put("MODE", Command.of(1, false, ChannelCommands::mode));
    }

    private static void join(IrcClient client, IrcMessage message) {
        if ("0".equals(message.param(0))) {
            for (String room : client.channels.rooms()) {
                part(client, IrcNames.channel(room), Messages.get("leave.joinZero"));
            }
            return;
        }
        List<String> channels = Targets.split(client, message, 0);
        String[] keys = message.has(2) ? message.param(1).split(",") : new String[0];
        client.member().historyOnJoin(client.caps.historyOnJoin()); // not read for a client that will not show it
        for (int i = 0; i < channels.size(); i++) {
            String channel = channels.get(i);
            String room = IrcNames.room(channel);
            try {
                if (room == null) {
                    throw new MemberException(ErrorCode.NO_SUCH_ROOM, Messages.get("noSuchChannel"));
                }
                client.member().join(room, i < keys.length ? keys[i] : "", -1);
            } catch (MemberException e) {
                Refusals.send(client, "JOIN", channel, e);
            }
        }
    }

    private static void part(IrcClient client, IrcMessage message) {
        String reason = message.has(2) ? Formatting.strip(message.param(1)) : "";
        for (String channel : Targets.split(client, message, 0)) {
            part(client, channel, reason);
        }
    }

    private static void part(IrcClient client, String channel, String reason) {
        String room = IrcNames.room(channel);
        try {
            if (room == null) {
                throw new MemberException(ErrorCode.NO_SUCH_ROOM, Messages.get("noSuchChannel"));
            }
            client.member().part(room, reason);
            client.channels.left(room);
            String source = IrcNames.source(client.name(), client.out.server());
            if (reason.isEmpty()) {
                client.out.send(client.timeNow(), source, "PART", channel);
            } else {
                client.out.send(client.timeNow(), source, "PART", channel, reason);
            }
        } catch (MemberException e) {
            Refusals.send(client, "PART", channel, e);
        }
    }

    private static void topic(IrcClient client, IrcMessage message) throws MemberException {
        String channel = message.param(0);
        String room = room(channel);
        if (message.has(2)) {
            client.member().topic(room, Formatting.strip(message.param(1)));
            return;
        }
        ChannelReplies.topic(client, channel, client.member().room(room), true);
    }

    private static void names(IrcClient client, IrcMessage message) throws MemberException {
        if (!message.has(1)) {
            client.out.numeric(client.target(), "366", "*", Messages.get("endOfNames"));
            return;
        }
        for (String channel : Targets.split(client, message, 0)) { // each channel named: no room, an empty one
            String room = IrcNames.room(channel);
            List<String> names = List.of();
            if (room != null) {
                try {
                    names = client.member().room(room).members();
                } catch (MemberException e) {
                    // no such room: nobody in it
                }
            }
            ChannelReplies.names(client, channel, names);
        }
    }

    private static void list(IrcClient client, IrcMessage message) {
        String me = client.target();
        Set<String> only = new HashSet<>(); // the keys of the rooms asked for, compared as rooms are
        for (String channel : message.has(1) ? message.param(0).split(",") : new String[0]) {
            String room = IrcNames.room(channel);
            only.add(room == null ? "" : NameKeys.of(room));
        }
        client.out.numeric(me, "321", "Channel", Messages.get("listHeader"));
        for (RoomInfo info : client.network.members().rooms()) {
            String channel = IrcNames.channel(info.name());
            if (channel.indexOf(',') < 0 && (!message.has(1) || only.contains(NameKeys.of(info.name())))) {
                client.out.numeric(me, "322", channel, Integer.toString(info.members()), info.topic());
            }
        }
        client.out.numeric(me, "323", Messages.get("endOfList"));
    }

    private static void mode(IrcClient client, IrcMessage message) throws MemberException {
        String me = client.target();
        String target = message.param(0);
        String room = IrcNames.room(target);
        if (room == null) {
            if (!IrcNames.nick(client.name()).equalsIgnoreCase(target)) {
                client.out.numeric(me, "502", Messages.get("usersDontMatch"));
            } else if (message.has(2)) {
                userModes(client, message.param(1));
            } else {
                client.out.numeric(me, "221", "+" + (client.operator() ? "o" : "") + (client.invisible() ? "i" : ""));
            }
            return;
        }
        RoomState state = client.member().room(room);
        if (!message.has(2)) {
            client.out.numeric(me, "324", target, state.password() ? "+k" : "+");
            return;
        }
        ModeChanges modes = ModeChanges.of(message.params().subList(1, message.params().size()));
        for (char unknown : modes.unknown().toCharArray()) { // +o, +m, the e and I lists
            client.out.numeric(me, "472", String.valueOf(unknown), Messages.get("unknownMode"));
        }
        boolean listed = false;
        boolean refused = false;
        for (ModeChanges.Change change : modes.changes()) { // each in turn: "+b-b ann bob" is two
            if (change.letter() == 'b' && change.param() == null) {
                if (!listed) { // "MODE #ops b" asks for the list, from anyone
                    OperatorCommands.banList(client, target, state.room());
                }
                listed = true;
            } else if (!client.operator()) {
                if (!refused) {
                    client.out.numeric(me, "482", target, Messages.get("notOperator"));
                }
                refused = true;
            } else if (change.letter() == 'b') {
                OperatorCommands.ban(client, target, state.room(), change);
            } else {
                OperatorCommands.key(client, target, state.room(), change);
            }
        }
    }

    /**
     * {@code MODE nick CHANGES} for oneself: {@code i} (invisible) either way, {@code -o} gives up being an operator
     * ({@code +o} is ignored, as the spec has it: OPER makes operators); what changed is echoed as one MODE line,
     * an unknown letter is {@code 501} once. ({@code MODE ada -o} was refused though the server had said {@code +o}.)
     */
    private static void userModes(IrcClient client, String changes) {
        StringBuilder applied = new StringBuilder();
        char sign = 0;
        boolean add = true;
        boolean unknown = false;
        for (char c : changes.toCharArray()) {
            if (c == '+' || c == '-') {
                add = c == '+';
            } else if (c == 'i' && client.invisible() != add || c == 'o' && !add && client.operator()) {
                if (c == 'i') {
                    client.invisible(add);
                } else {
                    client.operator(false);
                }
                if (sign != signOf(add)) {
                    sign = signOf(add);
                    applied.append(sign);
                }
                applied.append(c);
            } else if (c != 'i' && c != 'o') {
                unknown = true;
            }
        }
        if (unknown) {
            client.out.numeric(client.target(), "501", Messages.get("umodeUnknown"));
        }
        if (applied.length() > 0) {
            client.out.send(null, IrcNames.source(client.name(), client.out.server()), "MODE", client.target(),
                    applied.toString());
        }
    }

    private static char signOf(boolean add) {
        return add ? '+' : '-';
    }

    /** The room of a channel name; @throws MemberException {@code NO_SUCH_ROOM} for no channel name */
    static String room(String channel) throws MemberException {
        String room = IrcNames.room(channel);
        if (room == null) {
            throw new MemberException(ErrorCode.NO_SUCH_ROOM, Messages.get("noSuchChannel"));
        }
        return room;
    }
}
