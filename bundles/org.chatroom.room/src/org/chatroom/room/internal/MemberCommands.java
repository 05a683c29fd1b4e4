package org.chatroom.room.internal;

import org.chatroom.protocol.ClientCommand;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.NameRules;
import org.osgi.service.log.Logger;

/** What an extended member's commands do in the room (the member has joined; QUIT is handled by the session). */
final class MemberCommands {

    private final Room room;
    private final RoomLimits limits;
    private final Logger logger;

    MemberCommands(Room room, RoomLimits limits, Logger logger) {
        this.room = room;
        this.limits = limits;
        this.logger = logger;
    }

    void run(Session member, ClientCommand command) {
        if (command instanceof ClientCommand.Nick nick) {
            rename(member, nick.name());
        } else if (command instanceof ClientCommand.Msg msg) {
            if (member.withinSize(msg.text())) {
                room.message(member, msg.text());
            }
        } else if (command instanceof ClientCommand.Me me) {
            if (member.withinSize(me.text())) {
                room.action(member, me.text());
            }
        } else if (command instanceof ClientCommand.Priv priv) {
            if (member.withinSize(priv.text()) && !room.privateMessage(member, priv.to(), priv.text())) {
                member.refuse(ErrorCode.NO_SUCH_MEMBER, Messages.get("error.noSuchMember", priv.to()));
            }
        } else if (command instanceof ClientCommand.Topic topic) {
            if (member.withinSize(topic.text())) {
                room.topic(member, topic.text());
            }
        } else if (command instanceof ClientCommand.Names) {
            room.names(member);
        }
    }

    private void rename(Session member, String newName) {
        String oldName = member.name();
        NameRules.check(newName, limits.maxNameLength()).or(() -> room.rename(member, newName))
                .ifPresentOrElse(problem -> member.refuse(problem.code(), problem.message()),
                        () -> logger.info("{} ({}) is now {}", oldName, member.connection().id(), member.name()));
    }
}
