package org.chatroom.room.internal;

import java.nio.charset.StandardCharsets;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.RoomLine;
import org.chatroom.protocol.ServerEvent;

/**
 * Encodes a committed room event for the members who receive it live: {@code EVENT} lines for {@code chatroom/2},
 * and for the default room also the {@code chatroom/1} line and the original text, exactly as before rooms existed.
 */
final class EventEncoder {

    private EventEncoder() {
    }

    static Delivery live(RoomEvent event, boolean defaultRoom) {
        byte[] rooms = line(mark(event, RoomLine.Mark.EVENT));
        if (!defaultRoom) {
            return new Delivery(null, null, rooms, member -> member.event(event));
        }
        return new Delivery(original(event), Encoders.extended(extended(event)), rooms,
                member -> member.event(event));
    }

    static RoomLine.Event mark(RoomEvent event, RoomLine.Mark mark) {
        return new RoomLine.Event(mark, event.room(), event.seq(), event.time(), event.kind(), event.name(),
                event.text());
    }

    static byte[] line(RoomLine line) {
        return (line.toLine() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes an original-protocol member gets for {@code event}. */
    static byte[] original(RoomEvent event) {
        return Encoders.original(originalText(event));
    }

    private static String originalText(RoomEvent event) {
        return switch (event.kind()) {
        case MESSAGE, NOTICE -> OriginalProtocol.message(event.name(), event.text()); // original: no notices
        case ACTION -> OriginalProtocol.action(event.name(), event.text());
        case TOPIC -> OriginalProtocol.topic(event.name(), event.text());
        case JOIN -> OriginalProtocol.joined(event.name());
        case LEAVE -> OriginalProtocol.left(event.name());
        case NICK -> OriginalProtocol.nickChanged(event.name(), event.text());
        };
    }

    private static ServerEvent extended(RoomEvent event) {
        return switch (event.kind()) {
        case MESSAGE, NOTICE -> new ServerEvent.Msg(event.time(), event.name(), event.text()); // chatroom/1: none
        case ACTION -> new ServerEvent.Me(event.time(), event.name(), event.text());
        case TOPIC -> new ServerEvent.Topic(event.time(), event.name(), event.text());
        case JOIN -> new ServerEvent.Join(event.time(), event.name());
        case LEAVE -> new ServerEvent.Leave(event.time(), event.name(), event.text());
        case NICK -> new ServerEvent.Nick(event.time(), event.name(), event.text());
        };
    }
}
