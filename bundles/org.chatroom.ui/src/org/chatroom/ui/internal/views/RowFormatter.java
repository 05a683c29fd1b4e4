package org.chatroom.ui.internal.views;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.views.MessageRow.Style;
import org.eclipse.osgi.util.NLS;

/**
 * Turns chat events into rows: local time, sender, text, and whether it is mine, mentions me or is a notice. Rows of
 * the same second share one time text (a flood formats it once a second, and 100,000 rows keep a few thousand
 * strings instead of 100,000). One instance per thread.
 */
public final class RowFormatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private static final int TODAY_LENGTH = "HH:mm:ss".length();
    /**
     * A row of another day than today (history kept for days) gives its day too: "14:02:11" alone read as today.
     * The month's name in the user's language; the time column widens for the widest of them.
     */
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm")
            .withZone(ZoneId.systemDefault());

    /** The sender column of an action ("* bob waves"): the actor's name starts the text. */
    public static final String ACTION = "*";

    private String mentionName;
    private Pattern mention;
    private long timeSecond = Long.MIN_VALUE;
    private String timeText = "";

    public MessageRow format(ChatEvent event, String myName) {
        return row(event, myName).happened(event.time());
    }

    private MessageRow row(ChatEvent event, String myName) {
        String time = time(event.time());
        String from = event.from();
        String text = event.text();
        return switch (event.kind()) {
            case MESSAGE -> new MessageRow(time, from, text, messageStyle(from, text, myName));
            case ACTION -> new MessageRow(time, ACTION, from + " " + text, messageStyle(from, text, myName));
            case PRIVATE -> new MessageRow(time, from, from.equalsIgnoreCase(myName)
                    ? NLS.bind(Messages.privateTo, event.to(), text) : NLS.bind(Messages.privateFrom, text),
                    Style.PRIVATE);
            case JOIN -> notice(time, NLS.bind(Messages.joined, from));
            case LEAVE -> notice(time, text.isEmpty() ? NLS.bind(Messages.left, from)
                    : NLS.bind(Messages.leftWithReason, from, text));
            case NICK -> notice(time, text.equalsIgnoreCase(myName) ? NLS.bind(Messages.renamedYou, text)
                    : NLS.bind(Messages.renamed, from, text));
            case TOPIC -> notice(time, topic(event));
            case NOTICE -> notice(time, from.isEmpty() ? text : from + ": " + text);
            case SERVER -> notice(time, text); // in the server's tab, which bears its name
            case ERROR -> new MessageRow(time, "", NLS.bind(Messages.errorFromRoom, text), Style.ERROR);
        };
    }

    /**
     * A topic: who set it, when the room says it is set now; what it is, for the topic a room has when one joins it
     * (history with no sequence number: the room's own {@code TOPIC} events have one; an IRC server's 332) or one
     * nobody is named for. It read "ana set the topic" again after joining, as if she had just set it, and
     * " set the topic" with no name for an IRC channel's.
     */
    private static String topic(ChatEvent event) {
        if (event.from().isEmpty()) {
            return NLS.bind(Messages.topicIs, event.text());
        }
        if (event.text().isEmpty()) {
            return NLS.bind(Messages.topicCleared, event.from()); // it read "ada set the topic: " and nothing
        }
        return event.history() && event.seq() == 0 ? NLS.bind(Messages.topicSetBy, event.text(), event.from())
                : NLS.bind(Messages.topicSet, event.from(), event.text());
    }

    /** A private message as its conversation shows it: who said it and what, mine set apart. */
    public MessageRow conversation(ChatEvent event, String myName) {
        Style style = event.from().equalsIgnoreCase(myName) ? Style.OWN : Style.NORMAL;
        return new MessageRow(time(event.time()), event.from(), event.text(), style, event.time());
    }

    /** A notice of this client itself (connection state, hosting, unsent text), stamped now. */
    public MessageRow local(String text) {
        return local(text, Instant.now());
    }

    /** A notice of this client written at {@code time}. */
    public MessageRow local(String text, Instant time) {
        return notice(time(time), text).happened(time);
    }

    /** @return the local time now, as rows show it */
    public String now() {
        return time(Instant.now());
    }

    private String time(Instant instant) {
        long second = instant.getEpochSecond();
        if (second != timeSecond) {
            timeSecond = second;
            timeText = time(instant, LocalDate.now(ZoneId.systemDefault()));
        }
        return timeText;
    }

    /** How a row's time reads on {@code today}: the time of day, with the day for another day's row. */
    public static String time(Instant instant, LocalDate today) {
        ZoneId zone = ZoneId.systemDefault();
        return instant.atZone(zone).toLocalDate().equals(today) ? TIME.format(instant) : DAY_TIME.format(instant);
    }

    /** Whether a row's time, as {@link #time(Instant, LocalDate)} gave it, names its day. */
    public static boolean withDay(String time) {
        return time.length() > TODAY_LENGTH;
    }

    /** The widest time a row of another day can show (the 28th at 23:58 of each month): the time column fits it. */
    public static List<String> widestDayTimes() {
        List<String> times = new ArrayList<>(12);
        for (Month month : Month.values()) {
            times.add(DAY_TIME.format(LocalDateTime.of(2026, month, 28, 23, 58).atZone(ZoneId.systemDefault())));
        }
        return times;
    }

    private static MessageRow notice(String time, String text) {
        return new MessageRow(time, "", text, Style.NOTICE);
    }

    private Style messageStyle(String from, String text, String myName) {
        if (myName == null || myName.isEmpty()) {
            return Style.NORMAL;
        }
        if (from.equalsIgnoreCase(myName)) {
            return Style.OWN;
        }
        if (!myName.equals(mentionName)) {
            mentionName = myName;
            mention = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(myName) + "(?![\\p{L}\\p{N}_])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        return mention.matcher(text).find() ? Style.MENTION : Style.NORMAL;
    }
}
