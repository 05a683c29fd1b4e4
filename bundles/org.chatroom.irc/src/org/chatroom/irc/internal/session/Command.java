package org.chatroom.irc.internal.session;

import org.chatroom.irc.internal.wire.IrcMessage;
import org.chatroom.room.member.MemberException;

/** One IRC command's handling. */
interface Command {

    void run(IrcClient client, IrcMessage message) throws MemberException;

    /** Whether it may come before registration. */
    default boolean early() {
        return false;
    }

    /** Whether the dispatcher counts it against the flood limit (the rooms count what they carry themselves). */
    default boolean counted() {
        return true;
    }

    /** The fewest parameters it needs ({@code 461 ERR_NEEDMOREPARAMS} below). */
    default int minParams() {
        return 0;
    }

    static Command of(int minParams, boolean early, Action action) {
        return new Command() {
            @Override
            public void run(IrcClient client, IrcMessage message) throws MemberException {
                action.run(client, message);
            }

            @Override
            public boolean early() {
                return early;
            }

            @Override
            public int minParams() {
                return minParams;
            }
        };
    }

    /** The body of a command. */
    interface Action {
        void run(IrcClient client, IrcMessage message) throws MemberException;
    }
}
