package org.chatroom.irc.internal.session;

import java.time.Instant;
import java.util.Map;

import org.chatroom.irc.internal.Messages;
import org.chatroom.irc.internal.wire.IrcMessage;
import org.chatroom.irc.internal.wire.Tags;
import org.chatroom.room.member.MemberException;

/**
 * {@code TAGMSG} ({@code message-tags}): a message of tags alone, such as {@code +typing=active}, relayed at once
 * with its client-only tags ({@code +...}) and the server's {@code time} to the IRC users of the channel, or to the
 * nick, who negotiated {@code message-tags}; the sender gets it back with {@code echo-message}. Members of the other
 * protocols have no tags and get nothing; the rooms keep no tags. It was an unknown command ({@code 421}) though the
 * listener offers {@code message-tags}.
 */
final class TagMessages {

    private TagMessages() {
    }

    static void addTo(Map<String, Command> commands) {
        commands.put("TAGMSG", Command.of(1, false, TagMessages::tagmsg));
    }

    private static void tagmsg(IrcClient client, IrcMessage message) throws MemberException {
        String me = client.target();
        if (!client.caps.has(Caps.MESSAGE_TAGS)) {
            client.out.numeric(me, "421", "TAGMSG", Messages.get("tagmsgWithoutCap"));
            return;
        }
        String tags = clientOnly(message.tags());
        String target = message.param(0);
        String room = IrcNames.room(target);
        Instant now = Instant.now();
        if (room != null) {
            String joined = client.member().room(room).room(); // 403 for no such room
            if (!client.channels.in(joined)) {
                client.out.numeric(me, "404", target, Messages.get("tagmsgNotIn"));
                return;
            }
            String channel = IrcNames.channel(joined);
            client.network.inChannel(joined, client, other -> send(client, other, tags, now, channel));
        } else {
            IrcClient recipient = client.network.client(target);
            if (recipient == null && client.network.members().member(target).isEmpty()) {
                client.out.numeric(me, "401", target, Messages.get("noSuchNick"));
                return;
            }
            if (recipient != null) { // a member of another protocol has no tags: nothing for it
                send(client, recipient, tags, now, recipient.target());
            }
        }
        if (client.caps.has(Caps.ECHO_MESSAGE)) {
            send(client, client, tags, now, room != null ? target : IrcNames.nick(target));
        }
    }

    private static void send(IrcClient from, IrcClient to, String tags, Instant now, String target) {
        if (to.caps.has(Caps.MESSAGE_TAGS)) {
            String time = to.caps.has(Caps.SERVER_TIME) ? Tags.time(now) : null;
            String all = time == null ? tags : tags.isEmpty() ? time : time + ";" + tags;
            to.out.send(all.isEmpty() ? null : all, IrcNames.source(from.name(), to.out.server()), "TAGMSG", target);
        }
    }

    /** The client-only tags of {@code tags}, encoded for a line ({@code +typing=active;+draft/reply=abc}). */
    static String clientOnly(Map<String, String> tags) {
        StringBuilder line = new StringBuilder();
        tags.forEach((key, value) -> {
            if (key.startsWith("+")) {
                line.append(line.length() == 0 ? "" : ";").append(key);
                if (!value.isEmpty()) {
                    line.append('=').append(escaped(value));
                }
            }
        });
        return line.toString();
    }

    private static String escaped(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
            case ';' -> escaped.append("\\:");
            case ' ' -> escaped.append("\\s");
            case '\\' -> escaped.append("\\\\");
            case '\r' -> escaped.append("\\r");
            case '\n' -> escaped.append("\\n");
            default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
