package org.chatroom.client.irc.internal;

import java.util.Arrays;
import java.util.List;

/** Entry points for the tests bundle ({@code x-friends}) into package-private logic; not used by the product. */
public final class IrcTestAccess {

    private IrcTestAccess() {
    }

    public static List<String> split(String text, int maxBytes) {
        return Utf8Split.split(text, maxBytes);
    }

    public static List<String> privmsgs(String target, String text, boolean action, String selfPrefix,
            int maxLineBytes) {
        return TypedCommands.privmsgs(target, text, action, selfPrefix, maxLineBytes);
    }

    /** @return time, source, command and parameters of {@code line}, or {@code null} */
    public static List<Object> parse(String line) {
        IrcMessage message = IrcMessage.parse(line);
        return message == null ? null
                : Arrays.asList(message.time(), message.source(), message.command(), message.params());
    }
}
