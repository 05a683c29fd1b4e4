package org.chatroom.irc.internal.session;

import java.time.Instant;
import java.util.Map;

import org.chatroom.api.log.EventKind;
import org.chatroom.irc.internal.Messages;
import org.chatroom.protocol.irc.Formatting;
import org.chatroom.irc.internal.wire.IrcMessage;
import org.chatroom.irc.internal.wire.Tags;
import org.chatroom.room.member.MemberException;

/**
 * PRIVMSG and NOTICE to channels (said in the room, a NOTICE as the room's notice, which IRC users get as NOTICE and
 * members of other protocols as a message; CTCP ACTION is the room's action) and to nicks (private messages; a NOTICE
 * is a private notice, which IRC users get as NOTICE and members of other protocols as a private message). Other CTCP
 * (VERSION, PING, TIME and their NOTICE answers) is counted against the flood limit and passed on as it came when it
 * goes from one IRC user of this listener to another, as IRC servers do; to a channel, or to a member of another
 * protocol, it is dropped: no other protocol of the rooms speaks CTCP. NOTICE never gets an error reply, as the
 * specification requires.
 */
final class MessageCommands {

    private MessageCommands() {
    }

    static void addTo(Map<String, Command> commands) {
        commands.put("PRIVMSG", counted(true));
        commands.put("NOTICE", counted(false));
    }

    private static Command counted(boolean replies) {
        return new Command() {
            @Override
            public void run(IrcClient client, IrcMessage message) throws MemberException {
                send(client, message, replies);
            }

            @Override
            public boolean counted() {
                return false; // every text is counted by the rooms, and a dropped CTCP here
            }
        };
    }

    private static void send(IrcClient client, IrcMessage message, boolean replies) throws MemberException {
        String me = client.target();
        if (!message.has(1) || message.param(0).isEmpty()) {
            if (replies) {
                client.out.numeric(me, "411", Messages.get("noRecipient", message.command()));
            }
            return;
        }
        if (!message.has(2) || message.param(1).isEmpty()) {
            if (replies) {
                client.out.numeric(me, "412", Messages.get("noTextToSend"));
            }
            return;
        }
        for (String target : Targets.split(client, message, 0)) {
            try {
                if (!sendTo(client, message.command(), target, message.param(1)) && replies) {
                    client.out.numeric(me, "412", Messages.get("noTextToSend"));
                }
            } catch (MemberException e) {
                if (replies) {
                    Refusals.send(client, message.command(), target, e);
                }
            }
        }
    }

    /**
     * @return whether there was text to send: a line of formatting codes alone ({@code \u0002\u0002}) is none once
     *         they are taken off (it reached everyone as an empty message, a way to flood a room with blank lines)
     */
    private static boolean sendTo(IrcClient client, String command, String target, String raw)
            throws MemberException {
        EventKind kind = "NOTICE".equals(command) ? EventKind.NOTICE : EventKind.MESSAGE;
        String text = raw;
        if (text.startsWith("\u0001")) {
            String body = text.endsWith("\u0001") && text.length() > 1 ? text.substring(1, text.length() - 1)
                    : text.substring(1);
            if (!body.startsWith("ACTION ") && !body.equals("ACTION")) { // an empty action: 412, not dropped
                client.member().admit(); // counted as any text
                IrcClient recipient = IrcNames.room(target) == null ? client.network.client(target) : null;
                if (recipient != null) {
                    recipient.out.send(null, IrcNames.source(client.name(), recipient.out.server()), command,
                            recipient.target(), raw);
                } else if (IrcNames.room(target) == null && "PRIVMSG".equals(command)) {
                    unanswered(client, target, body); // a member of another protocol: no client of theirs answers
                }
                return true;
            }
            kind = EventKind.ACTION;
            text = body.length() > "ACTION".length() ? body.substring("ACTION ".length()) : "";
        }
        text = Formatting.strip(text);
        if (text.isBlank()) {
            return false;
        }
        String room = IrcNames.room(target);
        if (room != null) {
            client.member().say(room, kind, text);
            return true;
        }
        if (kind == EventKind.NOTICE) {
            client.member().privateNotice(target, text);
            return true; // no away reply to a NOTICE, as to no automatic reply
        }
        IrcClient recipient = client.network.client(target);
        if (kind == EventKind.ACTION && recipient != null) {
            privateAction(client, recipient, raw); // it reached the other IRC user as "* text"
            return true;
        }
        client.member().privateMessage(target, kind == EventKind.ACTION ? "* " + text : text);
        if (recipient != null) {
            recipient.awayTo(client, target);
        }
        return true;
    }

    /**
     * A private CTCP ACTION from one IRC user of this listener to another goes as it came, as IRC servers pass it (the
     * other protocols have no private action: their members get "* text"); echoed with {@code echo-message}.
     */
    private static void privateAction(IrcClient client, IrcClient recipient, String raw) throws MemberException {
        client.member().admit(); // counted as any text
        Instant now = Instant.now();
        recipient.out.send(timeFor(recipient, now), IrcNames.source(client.name(), recipient.out.server()), "PRIVMSG",
                recipient.target(), raw);
        if (client.caps.has(Caps.ECHO_MESSAGE)) {
            client.out.send(timeFor(client, now), IrcNames.source(client.name(), client.out.server()), "PRIVMSG",
                    IrcNames.nick(recipient.name()), raw);
        }
        recipient.awayTo(client, recipient.name());
    }

    /**
     * A CTCP query ({@code VERSION}, {@code PING}...) to {@code target}, a member of another protocol, whose client
     * knows no CTCP: answered for it with {@code ERRMSG}, as CTCP has it (the query vanished and {@code /ctcp} waited
     * for ever); {@code 401} when nobody has that name.
     */
    private static void unanswered(IrcClient client, String target, String body) throws MemberException {
        String name = client.network.members().member(target).map(info -> info.name()).orElse(null);
        if (name == null) {
            client.out.numeric(client.target(), "401", target, Messages.get("noSuchNick"));
            return;
        }
        String query = body.indexOf(' ') < 0 ? body : body.substring(0, body.indexOf(' '));
        client.out.send(null, IrcNames.source(name, client.out.server()), "NOTICE", client.target(),
                "\u0001ERRMSG " + query + " :" + Messages.get("ctcpUnanswered", IrcNames.nick(name)) + "\u0001");
    }

    /** The {@code server-time} tag of {@code now} when {@code to} asked for it, else null. */
    private static String timeFor(IrcClient to, Instant now) {
        return to.caps.has(Caps.SERVER_TIME) ? Tags.time(now) : null;
    }
}
