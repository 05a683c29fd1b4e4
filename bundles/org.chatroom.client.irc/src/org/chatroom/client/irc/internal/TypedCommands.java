package org.chatroom.client.irc.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;

/**
 * Lines the user typed, as IRC: text and {@code /me} go to the current channel, {@code /msg NICK|CHANNEL TEXT},
 * {@code /join CHANNEL [KEY]} ({@code /create CHANNEL [KEY]} too: joining makes a channel),
 * {@code /part [CHANNEL] [REASON]}, {@code /topic [TEXT]}, {@code /nick NAME}, {@code /names}, {@code /list [CHANNELS]}
 * ({@code /rooms} too), {@code /invite NICK [CHANNEL]}, {@code /room CHANNEL} (where typing goes), {@code /quote LINE}
 * (a raw line), {@code /history [N]} (older events, where the server keeps them). Messages longer than one IRC line are
 * split at UTF-8 character boundaries into several. IRC does not echo what we say, so it is shown here as said.
 */
final class TypedCommands {

    /** What the server adds in front of our line when it relays it, when our own prefix is not known yet. */
    private static final int UNKNOWN_PREFIX_BYTES = 1 + 1 + 10 + 1 + 63 + 1;
    /** {@code /topic -delete} removes the topic, as with a Chatroom server ({@code TOPIC #chan :}). */
    private static final String DELETE_TOPIC = "-delete";

    private TypedCommands() {
    }

    /** @throws IllegalArgumentException with a message for the user */
    static void run(String typed, IrcSession session, Channels channels) {
        if (!typed.startsWith("/") || typed.startsWith("//")) {
            say(session, channels, inChannel(channels), typed.startsWith("//") ? typed.substring(1) : typed, false);
            return;
        }
        int space = typed.indexOf(' ');
        String verb = (space < 0 ? typed : typed.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : typed.substring(space + 1).strip();
        switch (verb) {
        case "/me" -> say(session, channels, inChannel(channels), required(rest, "/me TEXT"), true);
        case "/msg" -> {
            String[] split = first(required(rest, "/msg NICK TEXT"));
            say(session, channels, split[0], required(split[1], "/msg NICK TEXT"), false);
        }
        // a channel is made by joining it: /create (the desktop's Create Room...) is a join, as on our rooms
        case "/join", "/create" -> {
            String[] split = first(required(rest, verb + " CHANNEL [KEY]"));
            String channel = channels.isChannel(split[0]) ? split[0] : "#" + split[0];
            channels.asked(channel, split[1]);
            session.write(split[1].isEmpty() ? "JOIN " + channel : "JOIN " + channel + " " + split[1]);
        }
        case "/part" -> {
            String[] split = first(rest);
            boolean named = channels.isChannel(split[0]);
            String channel = named ? split[0] : inChannel(channels);
            String reason = named ? split[1] : rest;
            session.write(reason.isEmpty() ? "PART " + channel : "PART " + channel + " :" + reason);
        }
        case "/topic" -> session.write(rest.isEmpty() ? "TOPIC " + inChannel(channels) // a query, as on every client
                : "TOPIC " + inChannel(channels) + " :" + (DELETE_TOPIC.equalsIgnoreCase(rest) ? "" : rest));
        case "/nick" -> session.write("NICK " + required(rest, "/nick NAME"));
        case "/names" -> session.write("NAMES " + inChannel(channels));
        case "/list", "/rooms" -> session.write(rest.isEmpty() ? "LIST" : "LIST " + rest); // /rooms as on our rooms
        case "/invite" -> {
            String[] split = first(required(rest, "/invite NICK [CHANNEL]"));
            session.write("INVITE " + split[0] + " " + (split[1].isEmpty() ? inChannel(channels) : split[1]));
        }
        case "/room" -> {
            if (!channels.current(required(rest, "/room CHANNEL"))) {
                throw new IllegalArgumentException(Texts.format("room.notIn", rest));
            }
            session.membersChanged(rest);
            session.emitNow(new ChatEvent(Kind.NOTICE, Instant.now(), "", "", Texts.format("room.current",
                    channels.current()), channels.current(), 0, false));
        }
        case "/quote" -> session.write(required(rest, "/quote LINE"));
        case "/history" -> older(session, channels, rest);
        case "/search" -> throw new IllegalArgumentException(Texts.format(session.history() == null ? "history.none"
                : "search.none"));
        default -> throw new IllegalArgumentException(Texts.format("command.unknown", verb));
        }
    }

    /** {@code /history [N]}: the N events (default {@value ChannelHistory#PAGE}) before the oldest one shown. */
    private static void older(IrcSession session, Channels channels, String rest) {
        ChannelHistory history = session.history();
        if (history == null) {
            throw new IllegalArgumentException(Texts.format("history.none"));
        }
        if (!rest.isEmpty() && !rest.matches("[1-9][0-9]{0,3}")) {
            throw new IllegalArgumentException(Texts.format("command.usage", "/history [N] (N from 1 to 9999)"));
        }
        int count = rest.isEmpty() ? ChannelHistory.PAGE : Integer.parseInt(rest);
        session.write(history.older(inChannel(channels), count));
    }

    /**
     * JOIN lines for {@code wanted}, several channels a line, each with the key {@code keys} gives (empty: none): a
     * line's keyed channels first, their keys after them in the same order, as JOIN pairs them.
     */
    static List<String> joins(List<String> wanted, UnaryOperator<String> keys) {
        List<String> ordered = new ArrayList<>(wanted.stream().filter(c -> !keys.apply(c).isEmpty()).toList());
        wanted.stream().filter(c -> keys.apply(c).isEmpty()).forEach(ordered::add);
        List<String> lines = new ArrayList<>();
        List<String> channels = new ArrayList<>();
        List<String> given = new ArrayList<>();
        int length = 0;
        for (String channel : ordered) {
            String key = keys.apply(channel);
            if (!channels.isEmpty() && length + channel.length() + key.length() > 400) {
                lines.add(join(channels, given));
                channels.clear();
                given.clear();
                length = 0;
            }
            channels.add(channel);
            if (!key.isEmpty()) {
                given.add(key);
            }
            length += channel.length() + key.length() + 2;
        }
        if (!channels.isEmpty()) {
            lines.add(join(channels, given));
        }
        return lines;
    }

    private static String join(List<String> channels, List<String> keys) {
        return "JOIN " + String.join(",", channels) + (keys.isEmpty() ? "" : " " + String.join(",", keys));
    }

    /** PRIVMSG lines for {@code text}, split so that each fits the line limit as the server relays it. */
    static List<String> privmsgs(String target, String text, boolean action, String selfPrefix, int maxLineBytes) {
        int prefix = selfPrefix.isEmpty() ? UNKNOWN_PREFIX_BYTES : 1 + utf8(selfPrefix) + 1;
        String head = "PRIVMSG " + target + " :" + (action ? "\u0001ACTION " : "");
        String tail = action ? "\u0001" : "";
        int budget = maxLineBytes - 2 - prefix - utf8(head) - utf8(tail);
        if (budget < 4) {
            throw new IllegalArgumentException(Texts.format("send.tooLong", maxLineBytes, prefix + utf8(head)));
        }
        List<String> lines = new ArrayList<>();
        for (String piece : Utf8Split.split(text, budget)) {
            lines.add(head + piece + tail);
        }
        return lines;
    }

    private static void say(IrcSession session, Channels channels, String target, String text, boolean action) {
        String prefix = session.selfPrefix().isEmpty() ? "" : session.nick() + prefixTail(session.selfPrefix());
        session.write(privmsgs(target, text.replace('\n', ' ').replace('\r', ' '), action, prefix,
                session.maxLineBytes()));
        Instant now = Instant.now();
        ChatEvent echo = channels.isChannel(target)
                ? new ChatEvent(action ? Kind.ACTION : Kind.MESSAGE, now, session.nick(), "", text, target, 0, false)
                : new ChatEvent(Kind.PRIVATE, now, session.nick(), target, action
                        ? Texts.format("private.action", session.nick(), text) : text, "", 0, false);
        session.emitNow(echo);
    }

    /** {@code !user@host} of our prefix (the nick may have changed since it was learnt). */
    private static String prefixTail(String selfPrefix) {
        int bang = selfPrefix.indexOf('!');
        return bang < 0 ? "" : selfPrefix.substring(bang);
    }

    private static String inChannel(Channels channels) {
        String current = channels.typingTarget();
        if (current.isEmpty()) {
            throw new IllegalArgumentException(Texts.format("room.none"));
        }
        return current;
    }

    private static String[] first(String text) {
        int gap = text.indexOf(' ');
        return gap < 0 ? new String[] { text, "" } : new String[] { text.substring(0, gap),
                text.substring(gap + 1).strip() };
    }

    private static String required(String value, String usage) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(Texts.format("command.usage", usage));
        }
        return value;
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
