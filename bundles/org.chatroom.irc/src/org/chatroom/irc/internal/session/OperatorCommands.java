package org.chatroom.irc.internal.session;

import java.util.Map;

import org.chatroom.irc.internal.Messages;
import org.chatroom.protocol.irc.Formatting;
import org.chatroom.irc.internal.wire.IrcMessage;
import org.chatroom.room.member.MemberException;

/**
 * OPER, and what an operator does as the room's host ({@code RoomHost}): KICK takes a member out of one room,
 * MODE +b/-b bans from and admits to a room, MODE b lists. Only operators do: rooms have no owner or channel
 * operator of their own (in every protocol the host alone removes members).
 */
final class OperatorCommands {

    private OperatorCommands() {
    }

    static void addTo(Map<String, Command> commands) {
        commands.put("OPER", Command.of(2, false, OperatorCommands::oper));
        commands.put("KICK", Command.of(2, false, OperatorCommands::kick));
    }

    private static void oper(IrcClient client, IrcMessage message) {
        String me = client.target();
        Accounts operators = client.network.operators();
        if (!operators.any()) {
            client.out.numeric(me, "491", Messages.get("noOperHost"));
        } else if (operators.matches(message.param(0), message.param(1))) {
            client.operator(true);
            client.out.numeric(me, "381", Messages.get("youreOper"));
            client.out.send(null, IrcNames.source(client.name(), client.out.server()), "MODE", me, "+o");
            client.network.logger().info("{} is an IRC operator ({})", client.name(), message.param(0));
        } else {
            client.out.numeric(me, "464", Messages.get("operPasswordMismatch"));
            client.network.logger().warn("{} ({}) gave a wrong OPER password for {}", client.name(),
                    client.address(), message.param(0));
        }
    }

    /**
     * {@code KICK #channel nick[,nick...] [:reason]}: an operator takes members out of that room only, as the host
     * does ({@code RoomHost.kick(room, ...)}); a member of the original protocol, which cannot be outside the
     * default room, is removed from the server.
     */
    private static void kick(IrcClient client, IrcMessage message) throws MemberException {
        String channel = message.param(0);
        String room = client.member().room(ChannelCommands.room(channel)).room(); // 403 for no such room
        if (!client.operator()) {
            client.out.numeric(client.target(), "482", channel, Messages.get("notOperator"));
            return;
        }
        String reason = message.has(3) ? Formatting.strip(message.param(2)) : "";
        for (String nick : message.param(1).split(",")) {
            if (nick.isEmpty()) {
                continue;
            }
            client.network.kicks().kicking(room, nick, client.name(), reason);
            if (!client.network.host().kick(room, nick, reason)) {
                client.network.kicks().failed(room, nick);
                client.out.numeric(client.target(), "441", nick, channel, Messages.get("notOnChannel"));
            } else {
                client.network.logger().info("IRC operator {} kicked {} from {}", client.name(), nick, channel);
            }
        }
    }

    /** MODE #channel [+b|-b|b] [mask] from an operator; @return whether it was one of those */
    static boolean banMode(IrcClient client, String channel, String room, IrcMessage message) {
        String change = message.param(1);
        String me = client.target();
        if ("b".equals(change) || "+b".equals(change) && !message.has(3)) {
            for (String ban : client.network.host().bans(room)) {
                client.out.numeric(me, "367", channel, ban);
            }
            client.out.numeric(me, "368", channel, Messages.get("endOfBans"));
            return true;
        }
        if (!("+b".equals(change) || "-b".equals(change)) || !client.operator()) {
            return false;
        }
        String target = mask(message.param(2));
        boolean done;
        try {
            done = "+b".equals(change) ? client.network.host().ban(room, target, Messages.get("bannedByOper"))
                    : client.network.host().unban(room, target);
        } catch (IllegalArgumentException e) {
            client.out.fromServer("NOTICE", me, e.getMessage());
            return true;
        }
        if (done) { // the room logs what the host did; who did it, here
            client.network.logger().info("IRC operator {} set {} {} on {}", client.name(), change, target, channel);
            client.network.modeChanged(client, room, change, message.param(2));
        }
        return true;
    }

    /**
     * MODE #channel +k KEY | -k [KEY] from an operator: sets or removes the room's password (members in the channel
     * stay; who joins next needs the new key); @return whether it was one of those
     */
    static boolean keyMode(IrcClient client, String channel, String room, IrcMessage message) {
        String change = message.param(1);
        if (!("+k".equals(change) || "-k".equals(change)) || !client.operator()) {
            return false;
        }
        String me = client.target();
        boolean set = "+k".equals(change);
        if (set && !message.has(3)) {
            client.out.numeric(me, "461", "MODE", Messages.get("needMoreParams"));
            return true;
        }
        try {
            if (!client.network.host().roomPassword(room, set ? message.param(2) : "")) {
                client.out.numeric(me, "403", channel, Messages.get("channelClosed")); // meanwhile
                return true;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            client.out.fromServer("NOTICE", me, e.getMessage());
            return true;
        }
        client.network.modeChanged(client, room, change, set ? message.param(2) : "*");
        return true;
    }

    /** An IRC ban mask as a room ban: {@code nick!user@host} bans the host unless it is {@code *}, else the nick. */
    static String mask(String mask) {
        int at = mask.indexOf('@');
        int bang = mask.indexOf('!');
        String host = at < 0 ? "*" : mask.substring(at + 1);
        String nick = bang < 0 ? (at < 0 ? mask : mask.substring(0, at)) : mask.substring(0, bang);
        return "*".equals(host) || host.isEmpty() ? nick : host;
    }
}
