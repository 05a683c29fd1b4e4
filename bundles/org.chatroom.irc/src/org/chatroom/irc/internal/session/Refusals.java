package org.chatroom.irc.internal.session;

import org.chatroom.irc.internal.Messages;
import org.chatroom.room.member.MemberException;

/** A refusal of the rooms as the numeric the IRC specification names for the command; a NOTICE where it names none. */
final class Refusals {

    private Refusals() {
    }

    /** @param target the command's first parameter (a channel or nick), or null */
    static void send(IrcClient client, String command, String target, MemberException e) {
        String me = client.target();
        String about = target == null ? "*" : target;
        String text = e.getMessage();
        switch (e.code()) {
        case NICK_EMPTY -> client.out.numeric(me, "431", text);
        case NICK_TOO_LONG, NICK_INVALID -> client.out.numeric(me, "432", about, text);
        case NICK_TAKEN -> client.out.numeric(me, "433", about, text);
        case BAD_PASSWORD, LOCKED_OUT -> client.out.numeric(me, "464", text);
        case NO_SUCH_MEMBER -> client.out.numeric(me, "401", about, text);
        case NO_SUCH_ROOM, ROOM_INVALID, TOO_MANY_ROOMS, CREATE_DENIED -> client.out.numeric(me, "403", about, text);
        case NOT_IN_ROOM -> client.out.numeric(me, "PRIVMSG".equals(command) || "NOTICE".equals(command) ? "404" : "442",
                about, text);
        case MEMBER_ROOM_LIMIT -> client.out.numeric(me, "405", about, text);
        case ROOM_FULL -> client.out.numeric(me, "471", about, text);
        case ROOM_BANNED -> client.out.numeric(me, "474", about, text);
        // the room's text gives its own command ("/join ops PASSWORD"): an IRC user joins the channel with a key
        case ROOM_PASSWORD -> client.out.numeric(me, "475", about, Messages.get("badChannelKey", about));
        case RATE_LIMITED, JOIN_LIMITED -> client.out.numeric(me, "263", command, text);
        case ALREADY_IN_ROOM -> {
            // IRC servers ignore a JOIN to a channel the client is in
        }
        case TOO_LONG, BAD_TEXT, BAD_UTF8 -> {
            if (target != null && IrcNames.room(target) != null) {
                client.out.numeric(me, "404", about, text);
            } else {
                client.out.fromServer("NOTICE", me, text);
            }
        }
        default -> client.out.fromServer("NOTICE", me, text);
        }
    }
}
