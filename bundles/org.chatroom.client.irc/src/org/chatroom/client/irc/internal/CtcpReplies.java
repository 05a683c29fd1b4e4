package org.chatroom.client.irc.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Answers the CTCP requests IRC clients send each other ({@code VERSION}, {@code PING}, {@code TIME},
 * {@code CLIENTINFO}) with a {@code NOTICE}, as IRC clients do: a lag check ({@code /ping}) or a {@code /ctcp VERSION}
 * got no answer. At most {@value #BURST} answers per {@value #WINDOW_SECONDS} s, so that a flood of requests (or one
 * sent to a channel of thousands) does not make this client flood the server, and get it disconnected, in return.
 */
final class CtcpReplies {

    static final int BURST = 3;
    static final int WINDOW_SECONDS = 10;
    /** A PING's token is echoed back, up to this many characters. */
    private static final int MAX_TOKEN = 64;
    private static final DateTimeFormatter TIME = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Deque<Long> answered = new ArrayDeque<>(); // when the last answers went out (nanoTime)
    private final String version;

    CtcpReplies() {
        Bundle bundle = FrameworkUtil.getBundle(CtcpReplies.class);
        String number = bundle == null ? "" : " " + bundle.getVersion().getMajor() + "." + bundle.getVersion()
                .getMinor() + "." + bundle.getVersion().getMicro();
        this.version = Texts.format("ctcp.version", number, System.getProperty("java.version", "?"));
    }

    /**
     * @param from    the nick that asked
     * @param request the CTCP body, between the {@code \u0001}s ({@code VERSION}, {@code PING 1234}...)
     * @return the line answering it, or {@code null} for a request this client does not answer or one too many
     */
    synchronized String answer(String from, String request, long nowNanos) {
        int space = request.indexOf(' ');
        String verb = (space < 0 ? request : request.substring(0, space)).toUpperCase(Locale.ROOT);
        String argument = space < 0 ? "" : request.substring(space + 1);
        String reply = switch (verb) {
        case "VERSION" -> version;
        case "PING" -> argument.length() > MAX_TOKEN ? argument.substring(0, MAX_TOKEN) : argument;
        case "TIME" -> TIME.format(Instant.now());
        case "CLIENTINFO" -> "ACTION CLIENTINFO PING TIME VERSION";
        default -> null;
        };
        if (reply == null || from.isEmpty() || !allowed(nowNanos)) {
            return null;
        }
        String body = (verb + (reply.isEmpty() ? "" : " " + reply)).replace("\u0001", "");
        return "NOTICE " + from + " :\u0001" + body + "\u0001";
    }

    private boolean allowed(long nowNanos) {
        long window = WINDOW_SECONDS * 1_000_000_000L;
        while (!answered.isEmpty() && nowNanos - answered.peekFirst() >= window) {
            answered.pollFirst();
        }
        if (answered.size() >= BURST) {
            return false;
        }
        answered.addLast(nowNanos);
        return true;
    }
}
