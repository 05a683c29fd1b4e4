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

    /** MODE #channel b: the room's bans, as masks ({@link BanMasks#shown}). */
    static void banList(IrcClient client, String channel, String room) {
        String me = client.target();
        for (String ban : client.network.host().bans(room)) {
            client.out.numeric(me, "367", channel, BanMasks.shown(ban));
        }
        client.out.numeric(me, "368", channel, Messages.get("endOfBans"));
    }

    /**
     * MODE #channel +b|-b MASK from an operator: bans from the room, or lifts a ban, what the mask names (a nick or an
     * address, {@link BanMasks#target}); a mask the room cannot enforce is refused with 696, not announced as a ban
     * that bans nobody.
     */
    static void ban(IrcClient client, String channel, String room, ModeChanges.Change change) {
        String me = client.target();
        String target = BanMasks.target(change.param(), client.out.server());
        if (target == null) {
            client.out.numeric(me, "696", channel, "b", change.param(), Messages.get("banMaskUnenforced"));
            return;
        }
        boolean done;
        try {
            done = change.add() ? client.network.host().ban(room, target, Messages.get("bannedByOper"))
                    : client.network.host().unban(room, target);
        } catch (IllegalArgumentException e) {
            client.out.numeric(me, "696", channel, "b", change.param(), e.getMessage());
            return;
        }
        if (done) { // the room logs what the host did; who did it, here
            client.network.logger().info("IRC operator {} set {} {} on {}", client.name(), change.spelled(), target,
                    channel);
            client.network.modeChanged(client, room, change.spelled(), BanMasks.shown(target));
        }
    }

    /**
     * MODE #channel +k KEY | -k [KEY] from an operator: sets or removes the room's password (members in the channel
     * stay; who joins next needs the new key).
     */
    static void key(IrcClient client, String channel, String room, ModeChanges.Change change) {
        String me = client.target();
        if (change.add() && change.param() == null) {
            client.out.numeric(me, "461", "MODE", Messages.get("needMoreParams"));
            return;
        }
        try {
            if (!client.network.host().roomPassword(room, change.add() ? change.param() : "")) {
                client.out.numeric(me, "403", channel, Messages.get("channelClosed")); // meanwhile
                return;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            client.out.fromServer("NOTICE", me, e.getMessage());
            return;
        }
        client.network.modeChanged(client, room, change.spelled(), change.add() ? change.param() : "*");
    }
}
