package org.chatroom.room.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.room.member.MemberListener;

/** Encodes room events for both protocols: original texts without terminator, extended lines with newline. */
final class Encoders {

    private Encoders() {
    }

    static byte[] original(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] extended(ServerEvent event) {
        return (event.toLine() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A private message; a {@code notice} is one for front ends with notices, a message for both protocols. */
    static Delivery privateMessage(Instant time, String from, String to, String text, boolean notice) {
        return new Delivery(original(OriginalProtocol.privateMessage(from, text)),
                extended(new ServerEvent.Priv(time, from, to, text)), member -> {
                    if (notice) {
                        member.privateNotice(time, from, to, text);
                    } else {
                        member.privateMessage(time, from, to, text);
                    }
                });
    }

    static Delivery notice(Instant time, String text) {
        return new Delivery(original(OriginalProtocol.notice(text)), extended(new ServerEvent.Notice(time, text)),
                member -> member.notice(time, text));
    }

    /** A refusal that closes the connection: the text for original clients, {@code BYE} for extended ones. */
    static Delivery refusal(String text) {
        Instant now = Instant.now();
        return new Delivery(original(text), bye(now, text), member -> member.notice(now, text));
    }

    static byte[] welcome(Instant time, String name) {
        return extended(new ServerEvent.Welcome(time, name));
    }

    static byte[] members(Instant time, List<String> names) {
        return extended(new ServerEvent.Members(time, names));
    }

    static byte[] bye(Instant time, String reason) {
        return extended(new ServerEvent.Bye(time, reason));
    }
}
