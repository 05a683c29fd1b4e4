package org.chatroom.irc.internal.session;

import java.util.Map;

import org.chatroom.irc.internal.Messages;
import org.chatroom.irc.internal.wire.IrcMessage;

/**
 * {@code AUTHENTICATE}: SASL PLAIN against the listener's accounts ({@link SaslPolicy}), before registration. Replies
 * {@code 900}/{@code 903} on success, {@code 904} on failure (the last allowed one closes the connection),
 * {@code 905} for a response too long, {@code 906} when aborted, {@code 907} when already logged in, {@code 908}
 * with {@code 904} for another mechanism.
 */
final class SaslCommands {

    private SaslCommands() {
    }

    static void addTo(Map<String, Command> commands) {
        commands.put("AUTHENTICATE", Command.of(1, true, SaslCommands::authenticate));
    }

    private static void authenticate(IrcClient client, IrcMessage message) {
        String me = client.target();
        SaslLogin sasl = client.sasl;
        String argument = message.param(0);
        if (sasl.account() != null) {
            client.out.numeric(me, "907", Messages.get("sasl.already"));
        } else if (!client.caps.has(Caps.SASL) || client.registered()) {
            client.out.numeric(me, "904", Messages.get(client.registered() ? "sasl.registered" : "sasl.noCap"));
        } else if ("*".equals(argument)) {
            sasl.end();
            client.out.numeric(me, "906", Messages.get("sasl.aborted"));
        } else if (!sasl.started()) {
            start(client, argument);
        } else {
            respond(client, argument);
        }
    }

    private static void start(IrcClient client, String mechanism) {
        if (Caps.SASL_MECHANISMS.equalsIgnoreCase(mechanism)) {
            client.sasl.start();
            client.out.send(null, null, "AUTHENTICATE", "+");
        } else {
            client.out.numeric(client.target(), "908", Caps.SASL_MECHANISMS, Messages.get("sasl.mechanisms"));
            failed(client);
        }
    }

    private static void respond(IrcClient client, String chunk) {
        boolean complete;
        try {
            complete = client.sasl.add(chunk);
        } catch (IllegalStateException e) {
            client.out.numeric(client.target(), "905", Messages.get("sasl.tooLong"));
            return;
        }
        if (!complete) {
            return;
        }
        SaslLogin.Plain plain = client.sasl.plain();
        boolean right = plain != null && (plain.authzid().isEmpty() || plain.authzid().equals(plain.authcid()))
                && client.network.sasl().accounts().matches(plain.authcid(), plain.password());
        if (!right) {
            client.network.logger().warn("failed SASL login from {} as {}", client.address(),
                    plain == null ? "(a malformed PLAIN response)" : plain.authcid());
            failed(client);
            return;
        }
        String account = plain.authcid();
        client.sasl.account(account);
        Registration registration = client.registration;
        String nick = registration.nick == null ? "*" : registration.nick;
        String user = registration.user == null ? nick : registration.user;
        String me = client.target();
        client.out.numeric(me, "900", nick + "!" + user + "@" + client.out.server(), account,
                Messages.get("sasl.loggedIn", account));
        client.out.numeric(me, "903", Messages.get("sasl.success"));
        client.network.logger().info("{} logged in with SASL as {}", client.address(), account);
    }

    private static void failed(IrcClient client) {
        client.out.numeric(client.target(), "904", Messages.get("sasl.failed"));
        if (client.sasl.failed() >= client.network.sasl().attempts()) {
            client.quit(Messages.get("leave.lost"), Messages.get("sasl.tooManyFailures"));
        }
    }

    /** Registration completes ({@code CAP END}) during an exchange: it is aborted ({@code 906}). */
    static void abandon(IrcClient client) {
        if (client.sasl.end()) {
            client.out.numeric(client.target(), "906", Messages.get("sasl.aborted"));
        }
    }
}
