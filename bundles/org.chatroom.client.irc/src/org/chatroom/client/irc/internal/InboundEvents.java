package org.chatroom.client.irc.internal;

import java.time.Instant;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.RoomListing;

/**
 * Turns what the server sends after registration into events for the user: channel messages and CTCP ACTIONs, private
 * messages, notices, JOIN, PART, KICK, QUIT, NICK, TOPIC, NAMES (member lists), LIST (collected for a caller that
 * asked, shown when the user typed it), and error numerics as {@link Kind#ERROR}s that say what went wrong
 * ({@link Numerics}); the CTCP requests IRC clients answer are answered ({@link CtcpReplies}).
 */
final class InboundEvents {

    private static final String ACTION = "\u0001ACTION ";

    private final IrcSession session;
    private final Channels channels;
    private final ChannelList channelList = new ChannelList();
    private final CtcpReplies ctcp = new CtcpReplies();
    /** Until the MOTD's end: the welcome burst of a reconnect, which the user saw at the first connection. */
    private boolean quietBurst;
    /** Until the MOTD's end: the server's welcome burst, of which the first room's list shows the MOTD only. */
    private boolean welcoming = true;
    /** The {@code msgid} of the line being handled, empty when it has none. */
    private String msgid = "";

    /** @param again a reconnect: the welcome burst is not shown again */
    InboundEvents(IrcSession session, Channels channels, boolean again) {
        this.session = session;
        this.channels = channels;
        this.quietBurst = again;
    }

    void handle(IrcMessage m) {
        Instant time = m.time() == null ? Instant.now() : m.time();
        msgid = m.tag("msgid");
        switch (m.command()) {
        case "PRIVMSG" -> privmsg(m, time);
        case "NOTICE" -> notice(m, time);
        case "JOIN" -> join(m, time);
        case "PART" -> left(m.nick(), m.param(0), m.param(1), time);
        case "KICK" -> kick(m, time);
        case "QUIT" -> quit(m, time);
        case "NICK" -> nick(m, time);
        case "TOPIC" -> emit(Kind.TOPIC, time, m.nick(), m.last(), channels.name(m.param(0)), false);
        case "INVITE" -> emit(Kind.NOTICE, time, "", Texts.format("invited", m.nick(), m.param(1)), "", false);
        case "341" -> emit(Kind.NOTICE, time, "", Texts.format("invite.sent", m.param(1), m.param(2)),
                channels.name(m.param(2)), false);
        case "ERROR" -> session.end(true, Texts.format("server.error", m.last()));
        case "005" -> isupport(m);
        case "331" -> emit(Kind.NOTICE, time, "", Texts.format("topic.none", m.param(1)), channels.name(m.param(1)),
                false);
        case "332" -> emit(Kind.TOPIC, time, "", m.last(), channels.name(m.param(1)), true);
        case "353" -> channels.names(m.param(2), m.last());
        case "321" -> {
            // the list's header: its lines follow
        }
        case "322" -> listed(channelList.add(m), time);
        case "323" -> {
            List<RoomListing> list = channelList.end();
            if (list != null) {
                session.roomsListed(list);
            } else {
                emit(Kind.NOTICE, time, "", Texts.format("list.end", channelList.shownEnd()), "", false);
            }
        }
        case "366" -> {
            if (channels.namesEnd(m.param(1))) {
                session.membersChanged(m.param(1));
            }
        }
        // the server's host, age and user counts: shown when asked for (LUSERS), not in the welcome burst, where they
        // filled the first room's list above its first line; its MOTD may say something to the user, and is shown
        case "002", "003", "251", "255", "265", "266" -> statistics(m, time);
        case "372", "375", "376" -> burst(m, time);
        case "422" -> statistics(m, time); // no MOTD
        case "475" -> badKey(m, time);
        case "301" -> emit(Kind.NOTICE, time, "", Texts.format("away", m.param(1), m.last()), "", false);
        default -> {
            if ("401".equals(m.command()) && !m.param(1).isEmpty() && !channels.isChannel(m.param(1))) {
                // a private message to nobody: said in its conversation, not in whichever channel is current
                session.emit(new ChatEvent(Kind.ERROR, time, "", m.param(1), Numerics.text(m), "", 0, false));
            } else if (m.numeric() && m.command().charAt(0) >= '4') {
                emit(Kind.ERROR, time, "", Numerics.text(m), channels.current(), false);
            } else if (m.numeric() && !welcoming && !Numerics.UNSHOWN.contains(m.command())) {
                // a reply the user asked for (/quote WHOIS, VERSION, TIME...): it was dropped, and nothing came back
                emit(Kind.NOTICE, time, "", Numerics.reply(m), "", false);
            }
        }
        }
        if ("376".equals(m.command()) || "422".equals(m.command())) { // the MOTD's end, or its absence, ends it
            if (welcoming && channels.wanted().isEmpty()) { // the user sees the server's tab only: what to do next
                emit(Kind.NOTICE, time, "", Texts.format("channels.none"), "", false);
            }
            quietBurst = false;
            welcoming = false;
        }
    }

    /**
     * A channel refused for its key ({@code +k}): told, and when the user wants it (asked to join it, a channel of the
     * settings, one joined again after a reconnect whose key changed), a UI may ask for the key.
     */
    private void badKey(IrcMessage m, Instant time) {
        emit(Kind.ERROR, time, "", Numerics.text(m), channels.current(), false);
        String channel = m.param(1);
        if (channels.isWantedByTheUser(channel)) {
            session.roomPasswordRefused(channel, !channels.key(channel).isEmpty(), Numerics.text(m));
        }
    }

    private void statistics(IrcMessage m, Instant time) {
        if (!welcoming) {
            burst(m, time);
        }
    }

    /**
     * A line of the welcome burst, the server's own ({@link Kind#SERVER}: a desktop shows it in the server's tab, not
     * above the first channel's lines), or of a {@code MOTD} or {@code LUSERS} the user asked for later (a notice,
     * where the user is looking).
     */
    private void burst(IrcMessage m, Instant time) {
        if (welcoming && !quietBurst) {
            emit(Kind.SERVER, time, server(m), m.last(), "", false);
        } else if (!welcoming) {
            emit(Kind.NOTICE, time, "", m.last(), "", false);
        }
    }

    /** A channel of a list the user asked for ({@code /list}), shown; null for one a caller collects. */
    private void listed(RoomListing channel, Instant time) {
        if (channel != null) {
            emit(Kind.NOTICE, time, "", channel.topic().isBlank() ? Texts.format("list.entry", channel.name(),
                    channel.members()) : Texts.format("list.entry.topic", channel.name(), channel.members(),
                            channel.topic()), "", false);
        }
    }

    /** A {@code LIST} goes out: its replies are collected for the caller, not shown. */
    void listAsked() {
        channelList.asked();
    }

    private void privmsg(IrcMessage m, Instant time) {
        String target = m.param(0);
        String text = m.last();
        String actionText = action(text);
        boolean action = actionText != null;
        if (action) {
            text = actionText;
        } else if (text.startsWith("\u0001")) { // another CTCP request: answered when it is one we know
            String request = text.substring(1, text.endsWith("\u0001") && text.length() > 1 ? text.length() - 1
                    : text.length());
            String answer = ctcp.answer(m.nick(), request, System.nanoTime());
            if (answer != null) {
                try {
                    session.write(answer);
                } catch (IllegalArgumentException e) {
                    // the user's own lines fill the queue: they go first, the answer is left out
                }
            }
            return;
        }
        if (channels.isChannel(target)) {
            emit(action ? Kind.ACTION : Kind.MESSAGE, time, m.nick(), text, channels.name(target), false);
        } else {
            String shown = action ? Texts.format("private.action", m.nick(), text) : text;
            session.emit(new ChatEvent(Kind.PRIVATE, time, m.nick(), target, shown, "", 0, false));
        }
    }

    /** @return the text of a CTCP ACTION ({@code /me}), {@code null} when {@code text} is not one */
    static String action(String text) {
        return text.startsWith(ACTION) ? text.substring(ACTION.length(), text.endsWith("\u0001") ? text.length() - 1
                : text.length()) : null;
    }

    private void notice(IrcMessage m, Instant time) {
        String target = m.param(0);
        boolean fromUser = m.source().contains("!");
        if (!fromUser && !channels.isChannel(target)) { // the server's own ("*** Looking up your hostname...")
            emit(Kind.SERVER, time, server(m), m.last(), "", false);
            return;
        }
        // a user's notice (NickServ's, a bot's) names its sender in from; each window shows it once
        emit(Kind.NOTICE, time, fromUser ? m.nick() : "", m.last(), channels.isChannel(target) ? channels.name(target)
                : "", false);
    }

    /** Our own JOIN: the members are told at the end of the NAMES reply that follows it, not as ourselves alone. */
    private void join(IrcMessage m, Instant time) {
        String channel = m.param(0);
        boolean self = isSelf(m.nick());
        if (self) {
            channels.joined(channel);
            session.selfPrefix(m.source());
            ChannelHistory history = session.history();
            if (history != null) {
                session.write(history.joined(channel)); // the notice that we joined follows its history
            } else {
                emit(Kind.NOTICE, time, "", Texts.format("joined", channel), channel, false);
            }
        }
        channels.add(channel, m.nick());
        emit(Kind.JOIN, time, m.nick(), "", channels.name(channel), false);
        if (!self) {
            session.membersChanged(channel);
        }
    }

    private void left(String nick, String channel, String reason, Instant time) {
        String name = channels.name(channel);
        boolean self = isSelf(nick);
        if (!self) {
            channels.remove(channel, nick); // before the leave is told: who asks finds the list without them
        }
        emit(Kind.LEAVE, time, nick, reason, name, false);
        if (self) {
            channels.left(channel);
            ChannelHistory history = session.history();
            if (history != null) {
                history.left(channel);
            }
            emit(Kind.NOTICE, time, "", Texts.format("parted", name), name, false);
        }
        session.membersChanged(channel);
    }

    private void kick(IrcMessage m, Instant time) {
        String channel = m.param(0);
        String kicked = m.param(1);
        if (isSelf(kicked)) { // a notice: no refusal of something the user sent ("Not accepted: ..." it read)
            emit(Kind.NOTICE, time, "", Texts.format("kicked", channels.name(channel), m.nick(), m.param(2)),
                    channels.name(channel), false);
        }
        left(kicked, channel, Texts.format("kicked.other", m.nick(), m.param(2)), time);
    }

    private void quit(IrcMessage m, Instant time) {
        for (String channel : channels.quit(m.nick())) {
            emit(Kind.LEAVE, time, m.nick(), m.last(), channel, false);
            session.membersChanged(channel);
        }
    }

    /** Our own new nick is taken before anyone is told of the change, so that a listener reading it sees the new one. */
    private void nick(IrcMessage m, Instant time) {
        String to = m.last();
        boolean self = isSelf(m.nick());
        if (self) {
            session.nick(to);
        }
        for (String channel : channels.rename(m.nick(), to)) {
            emit(Kind.NICK, time, m.nick(), to, channel, false);
            session.membersChanged(channel);
        }
        if (self && channels.rooms().isEmpty()) {
            emit(Kind.NICK, time, m.nick(), to, "", false);
        }
    }

    private void isupport(IrcMessage m) {
        for (String token : m.params()) {
            if (token.startsWith("CHANTYPES=")) {
                channels.chanTypes(token.substring("CHANTYPES=".length()));
            } else if (token.matches("CHATHISTORY=[0-9]{1,9}") && session.history() != null) {
                session.history().serverLimit(Integer.parseInt(token.substring("CHATHISTORY=".length())));
            } else if (token.startsWith("NETWORK=") && token.length() > "NETWORK=".length()) {
                channels.network(token.substring("NETWORK=".length()));
            }
        }
    }

    private String server(IrcMessage m) {
        return session.serverName(m.source());
    }

    private boolean isSelf(String nick) {
        return Channels.fold(nick).equals(Channels.fold(session.nick()));
    }

    /**
     * An event for the user; a live one of a channel whose history the server keeps is numbered
     * ({@link ChannelHistory#live}): what a resume or an older page brings is placed against it.
     */
    private void emit(Kind kind, Instant time, String from, String text, String room, boolean history) {
        ChannelHistory numbers = session.history();
        long seq = numbers != null && !history && !room.isEmpty() && numbered(kind, from)
                ? numbers.live(room, msgid, time) : 0;
        session.emit(new ChatEvent(kind, time, from, "", text, room, seq, history));
    }

    /** What others did in a channel, and our own leaves and renames; not our join, whose history is yet to come. */
    private boolean numbered(Kind kind, String from) {
        return switch (kind) {
        case MESSAGE, ACTION, LEAVE, NICK, TOPIC -> true;
        case JOIN -> !isSelf(from);
        case NOTICE -> !from.isEmpty();
        default -> false;
        };
    }
}
