package org.chatroom.loadtest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the clients speak: the seed's original protocol (prompt, name, welcome, bare lines) or IRC (NICK/USER, JOIN a
 * channel, PRIVMSG), so that the same loads run against our room, the original server and an IRC server.
 */
enum Protocol {

    ORIGINAL {
        @Override
        String joinNotice(String name) {
            return name + " joined the chat";
        }

        @Override
        byte[] quit() {
            return "{quit}".getBytes(StandardCharsets.US_ASCII);
        }
    },

    IRC {
        /** Any line from the newcomer (its JOIN is the first): {@code :NAME!user@host JOIN #room}. */
        @Override
        String joinNotice(String name) {
            return ":" + name + "!";
        }

        @Override
        byte[] quit() {
            return "QUIT :done\r\n".getBytes(StandardCharsets.US_ASCII);
        }
    };

    /** Text every member receives when {@code name} has joined (for confirmed joins). */
    abstract String joinNotice(String name);

    /** What a client sends to leave politely. */
    abstract byte[] quit();

    static Protocol of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--protocol must be original or irc, not " + name, e);
        }
    }
}
