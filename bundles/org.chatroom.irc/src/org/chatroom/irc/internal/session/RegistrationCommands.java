package org.chatroom.irc.internal.session;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.chatroom.irc.internal.Messages;
import org.chatroom.irc.internal.wire.IrcMessage;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.room.member.MemberException;

/** CAP, PASS, NICK and USER: registration, and NICK after it. */
final class RegistrationCommands {

    private RegistrationCommands() {
    }

    static void addTo(Map<String, Command> commands) {
        commands.put("CAP", Command.of(1, true, RegistrationCommands::cap));
        commands.put("PASS", Command.of(1, true, RegistrationCommands::pass));
        commands.put("NICK", Command.of(0, true, RegistrationCommands::nick));
        commands.put("USER", Command.of(4, true, RegistrationCommands::user));
    }

    private static void cap(IrcClient client, IrcMessage message) throws MemberException {
        String me = client.target();
        switch (message.param(0).toUpperCase(java.util.Locale.ROOT)) {
        case "LS" -> {
            if (!client.registered()) {
                client.registration.negotiating = true;
            }
            boolean values = message.has(2) && message.param(1).matches("\\d{3,5}")
                    && Integer.parseInt(message.param(1)) >= 302;
            client.out.fromServer("CAP", me, "LS", Caps.ls(client.network.sasl().offered(), values));
        }
        case "LIST" -> client.out.fromServer("CAP", me, "LIST", client.caps.list());
        case "REQ" -> {
            if (!client.registered()) {
                client.registration.negotiating = true;
            }
            String wanted = message.has(2) ? message.param(1).strip() : "";
            List<String> changes = wanted.isEmpty() ? List.of() : Arrays.asList(wanted.split(" +"));
            boolean all = client.caps.request(changes, client.network.sasl().offered());
            client.out.fromServer("CAP", me, all ? "ACK" : "NAK", wanted);
        }
        case "END" -> {
            client.registration.negotiating = false;
            SaslCommands.abandon(client);
            tryRegister(client);
        }
        default -> client.out.numeric(me, "410", message.param(0), Messages.get("invalidCap"));
        }
    }

    private static void pass(IrcClient client, IrcMessage message) {
        if (client.registered()) {
            client.out.numeric(client.target(), "462", Messages.get("alreadyRegistered"));
            return;
        }
        client.registration.password = message.param(0);
    }

    private static void nick(IrcClient client, IrcMessage message) throws MemberException {
        if (!message.has(1) || message.param(0).isEmpty()) {
            client.out.numeric(client.target(), "431", Messages.get("noNickname"));
            return;
        }
        String nick = message.param(0);
        if (!IrcNames.validNick(nick)) {
            client.out.numeric(client.target(), "432", nick, Messages.get("erroneousNick"));
            return;
        }
        if (!client.registered()) {
            client.registration.nick = nick;
            tryRegister(client);
            return;
        }
        String old = client.name();
        if (nick.equals(old)) {
            return; // no change, said to nobody (IRC servers ignore it; it was echoed as a rename)
        }
        client.member().rename(nick);
        // the rooms tell the channels too: whichever comes first renames the view and says it, once
        if (client.channels.rename(old, client.name()) || client.channels.rooms().isEmpty() && !old.equals(client.name())) {
            client.out.send(client.timeNow(), IrcNames.source(old, client.out.server()), "NICK",
                    IrcNames.nick(client.name()));
        }
    }

    private static void user(IrcClient client, IrcMessage message) throws MemberException {
        if (client.registered()) {
            client.out.numeric(client.target(), "462", Messages.get("alreadyRegistered"));
            return;
        }
        client.registration.user = message.param(0);
        client.registration.realname = message.param(3);
        tryRegister(client);
    }

    private static void tryRegister(IrcClient client) throws MemberException {
        Registration registration = client.registration;
        if (!registration.ready()) {
            return;
        }
        if (client.network.sasl().required() && client.sasl.account() == null) {
            client.out.fromServer("FAIL", "*", "ACCOUNT_REQUIRED", Messages.get("sasl.required"));
            client.quit(Messages.get("leave.lost"), Messages.get("sasl.required"));
            return;
        }
        try {
            client.member().register(registration.nick, registration.password);
        } catch (MemberException e) {
            String nick = registration.nick;
            registration.nick = null;
            if (e.code() == ErrorCode.BAD_PASSWORD || e.code() == ErrorCode.LOCKED_OUT) {
                client.out.numeric("*", "464", e.getMessage());
                client.quit(Messages.get("leave.lost"), e.getMessage());
                return;
            }
            Refusals.send(client, "NICK", nick, e);
            return;
        }
        registration.done(true);
        Welcome.send(client);
    }
}
