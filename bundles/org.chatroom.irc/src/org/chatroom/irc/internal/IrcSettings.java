package org.chatroom.irc.internal;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;

import org.chatroom.irc.internal.session.Accounts;
import org.chatroom.irc.internal.session.Network;
import org.chatroom.irc.internal.session.SaslPolicy;
import org.chatroom.room.member.MemberService;

/**
 * What both IRC components share: the network's settings from the configuration they read (PID
 * {@value IrcListenerComponent#PID}), their addresses, and what their users are told when they stop.
 */
final class IrcSettings {

    private IrcSettings() {
    }

    static Network.Settings of(IrcConfig config) {
        List<String> motd = config.motd().isBlank() ? List.of() : Arrays.asList(config.motd().split("\\\\n|\n"));
        return new Network.Settings(config.server_name(), config.network(), motd, config.max_targets(),
                config.registration_timeout_seconds(), config.ping_seconds(),
                new Accounts(config.operators(), "operators"), config.chathistory_max(),
                config.chathistory_scan_events(), new SaslPolicy(new Accounts(config.accounts(), "accounts"),
                        config.sasl_required(), config.sasl_attempts()));
    }

    /** What the users are told when the listener stops: the host's reason when the rooms stop, else its own. */
    static String stopping(MemberService members) {
        return members.stopping().orElseGet(() -> Messages.get("stopping"));
    }

    /** {@code port} (0 and below: a free one) on {@code bind}, all interfaces when blank. */
    static InetSocketAddress address(String bind, int port) {
        int real = Math.max(0, port);
        return bind.isBlank() ? new InetSocketAddress(real) : new InetSocketAddress(bind, real);
    }
}
