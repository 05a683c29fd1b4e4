package org.chatroom.irc.internal;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;

import org.chatroom.irc.internal.session.Accounts;
import org.chatroom.irc.internal.session.Network;
import org.chatroom.irc.internal.session.SaslPolicy;
import org.chatroom.room.member.MemberService;

/**
 * The IRC listener's settings: the network's from the configuration (PID
 * {@value IrcGatewayComponent#PID}) and a host's options, its addresses, and what its users are told when it stops.
 */
final class IrcSettings {

    private IrcSettings() {
    }

    /** The network's settings from {@code config}, each option of a host's over it. */
    static Network.Settings of(IrcConfig config, IrcOptions options) {
        String motdText = options.text("motd", config.motd());
        List<String> motd = motdText.isBlank() ? List.of() : Arrays.asList(motdText.split("\\\\n|\n"));
        Accounts operators = new Accounts(options.list("operators", config.operators()), "operators");
        Accounts accounts = new Accounts(options.list("accounts", config.accounts()), "accounts");
        return new Network.Settings(options.text("server.name", config.server_name()),
                options.text("network", config.network()), motd,
                options.number("max.targets", config.max_targets(), 1),
                options.number("registration.timeout.seconds", config.registration_timeout_seconds(), 1),
                options.number("ping.seconds", config.ping_seconds(), 1), operators,
                options.number("chathistory.max", config.chathistory_max(), 1),
                options.number("chathistory.scan.events", config.chathistory_scan_events(), 1),
                new SaslPolicy(accounts, options.flag("sasl.required", config.sasl_required()),
                        options.number("sasl.attempts", config.sasl_attempts(), 1)));
    }

    /** The bytes queued for one slow client before it is dropped. */
    static int maxQueuedBytes(IrcConfig config, IrcOptions options) {
        return options.number("max.queued.bytes", config.max_queued_bytes(), 1024);
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
