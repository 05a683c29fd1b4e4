package org.chatroom.client.irc.internal;

import java.util.Set;

/**
 * Error numerics as sentences for the user: {@code err.NNN} in texts.properties with the subject of the reply (the
 * nick, channel or command it is about) and the server's own text; numerics without a sentence of ours name the
 * command and quote the server. Other replies after the welcome, answers to what the user asked ({@code /quote
 * WHOIS ...}), are shown with their parameters.
 */
final class Numerics {

    private Numerics() {
    }

    /**
     * Replies not shown as they are: what the client asks for itself or what comes with a join ({@code 329} the
     * channel's creation time, {@code 333} who set its topic), or the server's host it hides ({@code 396}).
     */
    static final Set<String> UNSHOWN = Set.of("329", "333", "396");

    /** Another reply, as irssi shows one it has no words for: its parameters after the user's nick. */
    static String reply(IrcMessage m) {
        return String.join(" ", m.params().subList(Math.min(1, m.params().size()), m.params().size()));
    }

    static String text(IrcMessage m) {
        String subject = m.params().size() > 2 ? m.param(1) : "";
        String serverText = m.last();
        String key = "err." + m.command();
        return Texts.has(key) ? Texts.format(key, subject, serverText)
                : Texts.format("err.other", subject.isEmpty() ? m.command() : subject, serverText);
    }
}
