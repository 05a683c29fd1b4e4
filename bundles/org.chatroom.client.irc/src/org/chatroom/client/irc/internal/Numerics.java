package org.chatroom.client.irc.internal;

/**
 * Error numerics as sentences for the user: {@code err.NNN} in texts.properties with the subject of the reply (the
 * nick, channel or command it is about) and the server's own text; numerics without a sentence of ours name the
 * command and quote the server.
 */
final class Numerics {

    private Numerics() {
    }

    static String text(IrcMessage m) {
        String subject = m.params().size() > 2 ? m.param(1) : "";
        String serverText = m.last();
        String key = "err." + m.command();
        return Texts.has(key) ? Texts.format(key, subject, serverText)
                : Texts.format("err.other", subject.isEmpty() ? m.command() : subject, serverText);
    }
}
