package org.chatroom.irc.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chatroom.irc.internal.Messages;
import org.chatroom.protocol.irc.Formatting;
import org.chatroom.irc.internal.wire.IrcMessage;
import org.chatroom.room.member.MemberInfo;
import org.chatroom.room.member.RoomState;

/** PING, PONG, QUIT, AWAY, WHO, WHOIS, ISON, LUSERS, MOTD: minimal and honest. */
final class QueryCommands {

    private QueryCommands() {
    }

    static void addTo(Map<String, Command> commands) {
        commands.put("PING", Command.of(1, true, (client, message) -> client.out.fromServer("PONG",
                client.out.server(), message.param(0))));
        commands.put("PONG", new Command() {
            @Override
            public void run(IrcClient client, IrcMessage message) {
                // hearing it is enough: the keep-alive counts any line
            }

            @Override
            public boolean early() {
                return true;
            }

            @Override
            public boolean counted() {
                return false;
            }
        });
        commands.put("QUIT", Command.of(0, true, (client, message) -> {
            String text = message.has(1) ? Formatting.strip(message.param(0)) : "";
            client.quit(text.isEmpty() ? Messages.get("leave.quit") : Messages.get("leave.quitWith", text),
                    Messages.get("quit"));
        }));
        commands.put("AWAY", Command.of(0, false, QueryCommands::away));
        commands.put("WHO", Command.of(1, false, QueryCommands::who));
        commands.put("WHOIS", Command.of(1, false, QueryCommands::whois));
        commands.put("ISON", Command.of(1, false, QueryCommands::ison));
        commands.put("LUSERS", Command.of(0, false, (client, message) -> Welcome.lusers(client,
                client.network.lusers().now())));
        commands.put("MOTD", Command.of(0, false, (client, message) -> Welcome.motd(client)));
    }

    private static void away(IrcClient client, IrcMessage message) {
        if (message.has(1) && !message.param(0).isEmpty()) {
            client.away(Formatting.strip(message.param(0)));
            client.out.numeric(client.target(), "306", Messages.get("nowAway"));
        } else {
            client.away(null);
            client.out.numeric(client.target(), "305", Messages.get("unaway"));
        }
    }

    private static void who(IrcClient client, IrcMessage message) {
        String mask = message.param(0);
        String room = IrcNames.room(mask);
        if (room != null) {
            try {
                RoomState state = client.member().room(room);
                for (String name : state.members()) {
                    whoReply(client, mask, name);
                }
            } catch (org.chatroom.room.member.MemberException e) {
                // no such room: an empty list
            }
        } else {
            client.network.members().member(mask).ifPresent(info -> whoReply(client, "*", info.name()));
        }
        client.out.numeric(client.target(), "315", mask, Messages.get("endOfWho"));
    }

    private static void whoReply(IrcClient client, String channel, String name) {
        IrcClient irc = client.network.client(name);
        String nick = IrcNames.nick(name);
        String flags = irc != null && irc.away() != null ? "G" : "H";
        String real = irc == null ? Messages.get("otherProtocol") : irc.registration.realname;
        client.out.numeric(client.target(), "352", channel, nick, client.out.server(), client.out.server(), nick,
                flags, "0 " + real);
    }

    private static void whois(IrcClient client, IrcMessage message) {
        String me = client.target();
        String nick = message.param(message.has(2) ? 1 : 0);
        Optional<MemberInfo> found = client.network.members().member(nick);
        if (found.isEmpty()) {
            client.out.numeric(me, "401", nick, Messages.get("noSuchNick"));
            client.out.numeric(me, "318", nick, Messages.get("endOfWhois"));
            return;
        }
        MemberInfo info = found.get();
        IrcClient irc = client.network.client(info.name());
        String shown = IrcNames.nick(info.name());
        String real = irc == null ? Messages.get("otherProtocol") : irc.registration.realname;
        client.out.numeric(me, "311", shown, shown, client.out.server(), "*", real);
        if (!info.rooms().isEmpty()) {
            StringBuilder channels = new StringBuilder();
            for (String room : info.rooms()) {
                channels.append(channels.length() == 0 ? "" : " ").append(IrcNames.channel(room));
            }
            client.out.numeric(me, "319", shown, channels.toString());
        }
        client.out.numeric(me, "312", shown, client.out.server(), client.network.settings().network());
        if (irc != null && irc.operator()) {
            client.out.numeric(me, "313", shown, Messages.get("whoisOperator"));
        }
        String account = irc == null ? null : irc.sasl.account();
        if (account != null) {
            client.out.numeric(me, "330", shown, account, Messages.get("loggedInAs"));
        }
        if (irc != null) {
            irc.awayTo(client, shown);
        }
        client.out.numeric(me, "318", shown, Messages.get("endOfWhois"));
    }

    private static void ison(IrcClient client, IrcMessage message) {
        StringBuilder on = new StringBuilder();
        for (String nick : nicks(message)) {
            if (client.network.members().member(nick).isPresent()) {
                on.append(on.length() == 0 ? "" : " ").append(nick);
            }
        }
        client.out.numeric(client.target(), "303", on.toString());
    }

    /** The nicks of a query that lists them (ISON, USERHOST): in every parameter, space-separated, in order. */
    static List<String> nicks(IrcMessage message) {
        List<String> nicks = new ArrayList<>();
        for (String param : message.params()) {
            for (String nick : param.split(" ")) {
                if (!nick.isEmpty()) {
                    nicks.add(nick);
                }
            }
        }
        return nicks;
    }
}
