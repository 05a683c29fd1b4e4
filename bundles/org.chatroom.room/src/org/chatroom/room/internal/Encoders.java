package org.chatroom.room.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.ServerEvent;

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

    static Delivery joined(Instant time, String name) {
        return new Delivery(original(OriginalProtocol.joined(name)), extended(new ServerEvent.Join(time, name)));
    }

    static Delivery left(Instant time, String name, String reason) {
        return new Delivery(original(OriginalProtocol.left(name)), extended(new ServerEvent.Leave(time, name, reason)));
    }

    static Delivery message(Instant time, String name, String text) {
        return new Delivery(original(OriginalProtocol.message(name, text)),
                extended(new ServerEvent.Msg(time, name, text)));
    }

    static Delivery action(Instant time, String name, String text) {
        return new Delivery(original(OriginalProtocol.action(name, text)),
                extended(new ServerEvent.Me(time, name, text)));
    }

    static Delivery nick(Instant time, String oldName, String newName) {
        return new Delivery(original(OriginalProtocol.nickChanged(oldName, newName)),
                extended(new ServerEvent.Nick(time, oldName, newName)));
    }

    static Delivery topic(Instant time, String setter, String text) {
        return new Delivery(original(OriginalProtocol.topic(setter, text)),
                extended(new ServerEvent.Topic(time, setter, text)));
    }

    static Delivery privateMessage(Instant time, String from, String to, String text) {
        return new Delivery(original(OriginalProtocol.privateMessage(from, text)),
                extended(new ServerEvent.Priv(time, from, to, text)));
    }

    static Delivery notice(Instant time, String text) {
        return new Delivery(original(OriginalProtocol.notice(text)), extended(new ServerEvent.Notice(time, text)));
    }

    /** A refusal that closes the connection: the text for original clients, {@code BYE} for extended ones. */
    static Delivery refusal(String text) {
        return new Delivery(original(text), bye(Instant.now(), text));
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
