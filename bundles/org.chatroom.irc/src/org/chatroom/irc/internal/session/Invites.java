package org.chatroom.irc.internal.session;

import java.util.Map;
import java.util.Optional;

import org.chatroom.irc.internal.Messages;
import org.chatroom.irc.internal.wire.IrcMessage;
import org.chatroom.room.member.MemberException;
import org.chatroom.room.member.MemberInfo;

/**
 * {@code INVITE nick #channel} (Modern IRC): a member of a room asks another member to come in. Rooms have no
 * invite-only mode, so an invitation lets nobody past a ban or a password; it is a notice to the invited member only:
 * an {@code INVITE} line to a client of this listener, and a private message to a member of another protocol (who
 * has no {@code INVITE}). The room's other members are not told, as the spec asks.
 */
final class Invites {

    private Invites() {
    }

    static void addTo(Map<String, Command> commands) {
        commands.put("INVITE", Command.of(2, false, Invites::invite));
    }

    private static void invite(IrcClient client, IrcMessage message) throws MemberException {
        String me = client.target();
        String nick = message.param(0);
        String channel = message.param(1);
        String room;
        try {
            room = client.member().room(ChannelCommands.room(channel)).room();
        } catch (MemberException e) {
            Refusals.send(client, "INVITE", channel, e); // 403, about the channel
            return;
        }
        if (!client.channels.in(room)) {
            client.out.numeric(me, "442", channel, Messages.get("youAreNotOnChannel"));
            return;
        }
        Optional<MemberInfo> found = client.network.members().member(nick);
        if (found.isEmpty()) {
            client.out.numeric(me, "401", nick, Messages.get("noSuchNick"));
            return;
        }
        MemberInfo invited = found.get();
        String shown = IrcNames.nick(invited.name());
        String key = NameKeys.of(room);
        if (invited.rooms().stream().anyMatch(r -> NameKeys.of(r).equals(key))) {
            client.out.numeric(me, "443", shown, channel, Messages.get("alreadyOnChannel"));
            return;
        }
        IrcClient irc = client.network.client(invited.name());
        if (irc != null) {
            irc.out.send(null, IrcNames.source(client.name(), client.out.server()), "INVITE", irc.target(), channel);
        } else {
            client.member().privateMessage(invited.name(), Messages.get("invitation", room));
        }
        client.out.numeric(me, "341", shown, channel);
        if (irc != null) {
            irc.awayTo(client, shown);
        }
    }
}
