package org.chatroom.irc.internal.session;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.irc.internal.Messages;
import org.chatroom.room.member.MemberLimits;

/** The welcome burst: 001 to 005 with ISUPPORT stating the rooms' real limits, LUSERS and the MOTD. */
final class Welcome {

    static final String VERSION = "chatroom-1.0";
    private static final int TOKENS_PER_LINE = 12;

    private Welcome() {
    }

    static void send(IrcClient client) {
        Network.Settings settings = client.network.settings();
        String me = client.target();
        client.out.numeric(me, "001", Messages.get("welcome", settings.network(), me));
        client.out.numeric(me, "002", Messages.get("yourHost", settings.serverName(), VERSION));
        client.out.numeric(me, "003", Messages.get("created", client.network.created().toString()));
        client.out.numeric(me, "004", settings.serverName(), VERSION, "io", "bk", "bk");
        isupportLines(client);
        lusers(client, client.network.lusers().recent());
        motd(client);
    }

    /** The 005 lines (at registration, and after 351 for VERSION). */
    static void isupportLines(IrcClient client) {
        List<String> tokens = isupport(client.network.members().limits(), client.network.settings());
        for (int i = 0; i < tokens.size(); i += TOKENS_PER_LINE) {
            List<String> params = new ArrayList<>(tokens.subList(i, Math.min(tokens.size(), i + TOKENS_PER_LINE)));
            params.add(Messages.get("isupport"));
            client.out.numeric(client.target(), "005", params.toArray(String[]::new));
        }
    }

    static List<String> isupport(MemberLimits limits, Network.Settings settings) {
        return List.of("CASEMAPPING=rfc7613", "CHANTYPES=#", "CHANMODES=b,k,,", "PREFIX=", "UTF8ONLY",
                "NETWORK=" + settings.network().replace(' ', '_'),
                "NICKLEN=" + limits.maxNameLength(), "CHANNELLEN=" + (limits.maxRoomNameLength() + 1),
                "TOPICLEN=" + limits.maxMessageBytes(), "CHANLIMIT=#:" + limits.maxRoomsPerMember(),
                "TARGMAX=PRIVMSG:" + settings.maxTargets() + ",NOTICE:" + settings.maxTargets() + ",JOIN:"
                        + settings.maxTargets() + ",PART:" + settings.maxTargets()
                        + ",NAMES:" + settings.maxTargets(),
                "MAXTARGETS=" + settings.maxTargets(), "AWAYLEN=" + limits.maxMessageBytes(),
                "KICKLEN=" + limits.maxMessageBytes(), "CHATHISTORY=" + settings.historyMax(),
                "MSGREFTYPES=msgid,timestamp");
    }

    static void lusers(IrcClient client, LuserCounts.Counts counts) {
        String me = client.target();
        int invisible = Math.min(counts.invisible(), counts.members());
        client.out.numeric(me, "251", Messages.get("lusers", counts.members() - invisible, invisible));
        client.out.numeric(me, "254", Integer.toString(counts.rooms()), Messages.get("channelsFormed"));
        client.out.numeric(me, "255", Messages.get("localClients", counts.members()));
    }

    static void motd(IrcClient client) {
        String me = client.target();
        List<String> lines = client.network.settings().motd();
        if (lines.isEmpty()) {
            client.out.numeric(me, "422", Messages.get("noMotd"));
            return;
        }
        client.out.numeric(me, "375", Messages.get("motdStart", client.out.server()));
        for (String line : lines) {
            client.out.numeric(me, "372", "- " + line);
        }
        client.out.numeric(me, "376", Messages.get("motdEnd"));
    }
}
