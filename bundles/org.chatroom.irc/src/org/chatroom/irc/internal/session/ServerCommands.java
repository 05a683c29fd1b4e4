package org.chatroom.irc.internal.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.chatroom.irc.internal.Messages;
import org.chatroom.irc.internal.wire.IrcMessage;
import org.chatroom.room.member.MemberInfo;

/**
 * What a client asks of the server itself (Modern IRC "Server Queries and Commands", and USERHOST and WHOWAS of the
 * user queries): VERSION, TIME, ADMIN, INFO, HELP, USERHOST, WHOWAS. Clients send several of them unasked (USERHOST
 * of their own nick after registration, to learn how others see them; VERSION and TIME from menus), so answering
 * them with 421 looked like a broken server. Minimal and honest: this listener is the only server (a target naming
 * another is 402), it keeps no administrative contact (423) and no past nicks (406).
 */
final class ServerCommands {

    /** At most this many nicks per USERHOST (Modern IRC). */
    private static final int USERHOST_NICKS = 5;
    private static final DateTimeFormatter HUMAN_TIME =
            DateTimeFormatter.ofPattern("EEEE MMMM d yyyy -- HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ServerCommands() {
    }

    static void addTo(Map<String, Command> commands) {
        commands.put("VERSION", Command.of(0, false, ServerCommands::version));
        commands.put("TIME", Command.of(0, false, ServerCommands::time));
        commands.put("ADMIN", Command.of(0, false, ServerCommands::admin));
        commands.put("INFO", Command.of(0, false, ServerCommands::info));
        commands.put("HELP", Command.of(0, false, ServerCommands::help));
        commands.put("USERHOST", Command.of(1, false, ServerCommands::userhost));
        commands.put("WHOWAS", Command.of(1, false, ServerCommands::whowas));
    }

    /** Whether the optional target parameter names another server: then 402 has been sent. */
    private static boolean elsewhere(IrcClient client, IrcMessage message) {
        if (!message.has(1) || message.param(0).equalsIgnoreCase(client.out.server())) {
            return false;
        }
        client.out.numeric(client.target(), "402", message.param(0), Messages.get("noSuchServer"));
        return true;
    }

    /** 351, then the ISUPPORT tokens again (Modern IRC: VERSION answers with both). */
    private static void version(IrcClient client, IrcMessage message) {
        if (elsewhere(client, message)) {
            return;
        }
        client.out.numeric(client.target(), "351", Welcome.VERSION, client.out.server(),
                Messages.get("versionComment"));
        Welcome.isupportLines(client);
    }

    /** 391 with the server's time, as a timestamp and in words (UTC). */
    private static void time(IrcClient client, IrcMessage message) {
        if (elsewhere(client, message)) {
            return;
        }
        Instant now = Instant.now();
        client.out.numeric(client.target(), "391", client.out.server(), Long.toString(now.getEpochSecond()), "0",
                HUMAN_TIME.format(now));
    }

    private static void admin(IrcClient client, IrcMessage message) {
        if (elsewhere(client, message)) {
            return;
        }
        client.out.numeric(client.target(), "423", client.out.server(), Messages.get("noAdminInfo"));
    }

    /** 371 lines about the server, then 374. */
    private static void info(IrcClient client, IrcMessage message) {
        if (elsewhere(client, message)) {
            return;
        }
        String me = client.target();
        for (String line : Messages.get("info", Welcome.VERSION, client.network.settings().network(),
                client.network.created().toString()).split("\n")) {
            client.out.numeric(me, "371", line);
        }
        client.out.numeric(me, "374", Messages.get("endOfInfo"));
    }

    /**
     * {@code HELP}: the commands this listener knows (704, 705 lines of ten, 706); {@code HELP COMMAND}: its usage
     * line (704, 706); an unknown subject is 524.
     */
    private static void help(IrcClient client, IrcMessage message) {
        String me = client.target();
        String subject = message.has(1) ? message.param(0).toUpperCase(Locale.ROOT) : "*";
        TreeSet<String> known = new TreeSet<>(client.network.commandNames());
        if (!"*".equals(subject) && !known.contains(subject)) {
            client.out.numeric(me, "524", subject, Messages.get("helpNotFound"));
            return;
        }
        if (!"*".equals(subject)) {
            client.out.numeric(me, "704", subject, Messages.has("help." + subject)
                    ? Messages.get("help." + subject) : Messages.get("helpCommand", subject));
            client.out.numeric(me, "706", subject, Messages.get("endOfHelp"));
            return;
        }
        client.out.numeric(me, "704", subject, Messages.get("helpStart", client.network.settings().network()));
        List<String> line = new ArrayList<>();
        for (String command : known) {
            line.add(command);
            if (line.size() == 10) {
                client.out.numeric(me, "705", subject, String.join(" ", line));
                line.clear();
            }
        }
        if (!line.isEmpty()) {
            client.out.numeric(me, "705", subject, String.join(" ", line));
        }
        client.out.numeric(me, "706", subject, Messages.get("endOfHelp"));
    }

    /**
     * 302 with {@code nick[*]=(+|-)user@host} for each present nick (of at most five): {@code *} for an operator,
     * {@code -} when away; the host is the server's name, as in every source this listener sends.
     */
    private static void userhost(IrcClient client, IrcMessage message) {
        List<String> replies = new ArrayList<>();
        List<String> nicks = QueryCommands.nicks(message);
        for (String nick : nicks.subList(0, Math.min(nicks.size(), USERHOST_NICKS))) {
            Optional<MemberInfo> found = client.network.members().member(nick);
            if (found.isPresent()) {
                IrcClient irc = client.network.client(found.get().name());
                String shown = IrcNames.nick(found.get().name());
                boolean operator = irc != null && irc.operator();
                boolean away = irc != null && irc.away() != null;
                replies.add(shown + (operator ? "*" : "") + "=" + (away ? "-" : "+") + shown + "@"
                        + client.out.server());
            }
        }
        client.out.numeric(client.target(), "302", String.join(" ", replies));
    }

    /** No nick history is kept: 406 for each nick asked, then 369. */
    private static void whowas(IrcClient client, IrcMessage message) {
        String me = client.target();
        String nicks = message.param(0);
        for (String nick : nicks.split(",")) {
            if (!nick.isEmpty()) {
                client.out.numeric(me, "406", nick, Messages.get("wasNoSuchNick"));
            }
        }
        client.out.numeric(me, "369", nicks, Messages.get("endOfWhowas"));
    }
}
