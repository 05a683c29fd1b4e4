package org.chatroom.irc.internal.session;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.irc.internal.Messages;
import org.chatroom.irc.internal.wire.IrcMessage;

/** Comma-separated targets, at most TARGMAX; more are refused with {@code 407 ERR_TOOMANYTARGETS}. */
final class Targets {

    private Targets() {
    }

    static List<String> split(IrcClient client, IrcMessage message, int index) {
        List<String> targets = new ArrayList<>();
        for (String target : message.param(index).split(",")) {
            if (target.isEmpty()) {
                continue;
            }
            if (targets.size() == client.network.settings().maxTargets()) {
                client.out.numeric(client.target(), "407", target, Messages.get("tooManyTargets"));
                break;
            }
            targets.add(target);
        }
        return targets;
    }
}
