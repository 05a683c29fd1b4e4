package org.chatroom.console.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.protocol.SafeText;

/**
 * One console line per room event, in the user's time zone. Controls, line separators and bidi overrides in what
 * the room sends are printed escaped ({@code \x1b}, {@code \u202e}): an original server relays them, and a terminal
 * would act on them (overwrite a line, recolour it, reverse it). With {@code chatroom/2} the room comes first. On a
 * terminal the sender of what is said may be printed in the colour of their name ({@link NameColours}).
 */
public final class EventFormatter {

    private final DateTimeFormatter time;
    private final DateTimeFormatter day;
    private final ZoneId zone;
    /** Whether members' names are printed in colour ({@link NameColours}). */
    private final boolean colours;

    public EventFormatter(ZoneId zone) {
        this(zone, false);
    }

    /** @param colours whether what members say shows their names in colour */
    public EventFormatter(ZoneId zone, boolean colours) {
        this.zone = zone;
        this.colours = colours;
        this.time = DateTimeFormatter.ofPattern(Messages.get("time")).withZone(zone);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);
    }

    /** The day of {@code event} in the user's time zone. */
    public LocalDate day(ChatEvent event) {
        return event.time().atZone(zone).toLocalDate();
    }

    /** The line before the first event of a day other than the one printed before (lines give the time only). */
    public String dayChanged(LocalDate date) {
        return Messages.format("day", day.format(date));
    }

    public String format(ChatEvent event) {
        return format(event, event.history());
    }

    /** @param history whether the line is marked as history (what a resume brings is new to the user: not marked) */
    public String format(ChatEvent event, boolean history) {
        String key = "event." + event.kind().name();
        boolean standing = false; // the topic a room has on joining: how it stands now, never marked as history
        if (event.kind() == ChatEvent.Kind.LEAVE && !event.text().isEmpty()) {
            key = "event.LEAVE.reason";
        } else if (event.kind() == ChatEvent.Kind.NOTICE && !event.from().isEmpty()) {
            key = "event.NOTICE.from"; // a user's notice on IRC (NickServ, a bot), as IRC clients print it
        } else if (event.kind() == ChatEvent.Kind.TOPIC && event.from().isEmpty()) {
            key = "event.TOPIC.unnamed"; // an IRC channel's topic on joining (332) names nobody
            standing = true;
        } else if (event.kind() == ChatEvent.Kind.TOPIC && event.text().isEmpty()) {
            key = "event.TOPIC.cleared"; // it read "ada set the topic: " with nothing after it
        } else if (event.kind() == ChatEvent.Kind.TOPIC && event.history() && event.seq() == 0) {
            key = "event.TOPIC.standing"; // the topic on joining: history with no sequence number, unlike TOPIC events
            standing = true;
        }
        String from = SafeText.escape(event.from());
        if (colours && !from.isEmpty() && said(event.kind())) {
            from = NameColours.paint(from, event.from());
        }
        String line = Messages.format(key, time.format(event.time()), from, SafeText.escape(event.to()),
                SafeText.escape(event.text()));
        if (event.room().isEmpty()) {
            return line;
        }
        return Messages.format(history && !standing ? "room.history" : "room", SafeText.escape(channel(event.room())),
                line);
    }

    /** A room as the console shows it: {@code #room} (an IRC channel keeps its own mark). */
    static String channel(String room) {
        return room.startsWith("#") || room.startsWith("&") ? room : "#" + room;
    }

    private static boolean said(ChatEvent.Kind kind) {
        return kind == ChatEvent.Kind.MESSAGE || kind == ChatEvent.Kind.ACTION || kind == ChatEvent.Kind.PRIVATE
                || kind == ChatEvent.Kind.NOTICE;
    }
}
