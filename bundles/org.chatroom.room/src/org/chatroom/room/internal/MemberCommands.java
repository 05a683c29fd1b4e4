package org.chatroom.room.internal;

import java.time.Instant;

import org.chatroom.api.log.EventKind;
import org.chatroom.protocol.ClientCommand;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.NameRules;
import org.osgi.service.log.Logger;

/**
 * What a {@code chatroom/1} member's commands do in the default room, and the commands {@code chatroom/2} shares with
 * it ({@code NICK}, {@code PRIV}). The member has joined; QUIT is handled by the session.
 */
final class MemberCommands {

    private final Lobby lobby;
    private final RoomLimits limits;
    private final Logger logger;

    MemberCommands(Lobby lobby, RoomLimits limits, Logger logger) {
        this.lobby = lobby;
        this.limits = limits;
        this.logger = logger;
    }

    void run(Session member, ClientCommand command) {
        ChatRoom room = lobby.rooms().defaultRoom();
        if (command instanceof ClientCommand.Nick nick) {
            rename(member, nick.name());
        } else if (command instanceof ClientCommand.Msg msg) {
            if (member.withinSize(msg.text())) {
                lobby.say(member, room, EventKind.MESSAGE, msg.text());
            }
        } else if (command instanceof ClientCommand.Me me) {
            if (member.withinSize(me.text())) {
                lobby.say(member, room, EventKind.ACTION, me.text());
            }
        } else if (command instanceof ClientCommand.Priv priv) {
            privateMessage(member, priv.to(), priv.text(), false);
        } else if (command instanceof ClientCommand.Topic topic) {
            if (member.withinSize(topic.text())) {
                lobby.topic(member, room, topic.text());
            }
        } else if (command instanceof ClientCommand.Names) {
            synchronized (lobby.lock) {
                member.send(Encoders.members(Instant.now(), room.names()));
            }
        }
    }

    /** A private message or, for a front end with them, a private notice: refused when nobody is called {@code to}. */
    void privateMessage(Session member, String to, String text, boolean notice) {
        if (member.withinSize(text) && !lobby.privateMessage(member, to, text, notice)) {
            member.refuse(ErrorCode.NO_SUCH_MEMBER, Messages.get("error.noSuchMember", to));
        }
    }

    private void rename(Session member, String newName) {
        String oldName = member.name();
        NameRules.check(newName, limits.maxNameLength()).or(() -> lobby.rename(member, newName))
                .ifPresentOrElse(problem -> member.refuse(problem.code(), problem.message()),
                        () -> {
                            if (!oldName.equals(member.name())) { // a NICK to the name one has changes nothing
                                logger.info("{} ({}) is now {}", oldName, member.connection().id(), member.name());
                            }
                        });
    }
}
