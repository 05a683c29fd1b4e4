package org.chatroom.console.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.chatroom.api.client.ChatEvent;

/** One console line per room event, in the user's time zone; with {@code chatroom/2} the room first. */
public final class EventFormatter {

    private final DateTimeFormatter time;

    public EventFormatter(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern(Messages.get("time")).withZone(zone);
    }

    public String format(ChatEvent event) {
        String key = "event." + event.kind().name();
        if (event.kind() == ChatEvent.Kind.LEAVE && !event.text().isEmpty()) {
            key = "event.LEAVE.reason";
        }
        String line = Messages.format(key, time.format(event.time()), event.from(), event.to(), event.text());
        if (event.room().isEmpty()) {
            return line;
        }
        return Messages.format(event.history() ? "room.history" : "room", event.room(), line);
    }
}
