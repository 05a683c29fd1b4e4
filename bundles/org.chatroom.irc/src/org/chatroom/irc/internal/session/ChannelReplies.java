package org.chatroom.irc.internal.session;

import java.util.List;

import org.chatroom.irc.internal.Messages;
import org.chatroom.room.member.RoomState;

/** The replies describing a channel: topic (331/332/333) and names (353/366). */
final class ChannelReplies {

    private ChannelReplies() {
    }

    /**
     * 332 when the room has a topic, and 333 (who set it, when) unless the time is unknown (a topic kept before the
     * rooms kept its time: clients show a time 0 as 1970); 331 only when asked ({@code always}).
     */
    static void topic(IrcClient client, String channel, RoomState state, boolean always) {
        if (!state.topic().isEmpty()) {
            client.out.numeric(client.target(), "332", channel, state.topic());
            if (!state.topicSetter().isEmpty() && state.topicTime() != null) {
                client.out.numeric(client.target(), "333", channel, IrcNames.nick(state.topicSetter()),
                        Long.toString(state.topicTime().getEpochSecond()));
            }
        } else if (always) {
            client.out.numeric(client.target(), "331", channel, Messages.get("noTopic"));
        }
    }

    /** 353 lines (as many as the names need) and 366. */
    static void names(IrcClient client, String channel, List<String> names) {
        String me = client.target();
        int room = Out.room(client.out.server(), "353", me + " = " + channel);
        StringBuilder line = new StringBuilder();
        for (String name : names) {
            String nick = IrcNames.nick(name);
            if (line.length() > 0 && line.length() + 1 + nick.length() * 4 > room) {
                client.out.numeric(me, "353", "=", channel, line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(nick);
        }
        if (line.length() > 0) {
            client.out.numeric(me, "353", "=", channel, line.toString());
        }
        client.out.numeric(me, "366", channel, Messages.get("endOfNames"));
    }
}
