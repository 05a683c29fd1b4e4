package org.chatroom.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.console.internal.ConsolePrinter;
import org.chatroom.console.internal.EventFormatter;
import org.junit.jupiter.api.Test;

/** What the console prints for each kind of room event. */
class EventFormatterTest {

    private static final Instant TIME = Instant.parse("2026-11-25T11:48:03.123Z");
    private final EventFormatter formatter = new EventFormatter(ZoneOffset.UTC);

    private String line(Kind kind, String from, String to, String text) {
        return formatter.format(new ChatEvent(kind, TIME, from, to, text));
    }

    @Test
    void eachKindHasItsLine() {
        assertEquals("[11:48:03] <ada> it's {quit} time", line(Kind.MESSAGE, "ada", "", "it's {quit} time"));
        assertEquals("[11:48:03] * ada waves", line(Kind.ACTION, "ada", "", "waves"));
        assertEquals("[11:48:03] <ada -> bob> psst", line(Kind.PRIVATE, "ada", "bob", "psst"));
        assertEquals("[11:48:03] -> ada joined", line(Kind.JOIN, "ada", "", ""));
        assertEquals("[11:48:03] <- ada left", line(Kind.LEAVE, "ada", "", ""));
        assertEquals("[11:48:03] <- ada left (timeout)", line(Kind.LEAVE, "ada", "", "timeout"));
        assertEquals("[11:48:03] ada is now known as adele", line(Kind.NICK, "ada", "", "adele"));
        assertEquals("[11:48:03] ada set the topic: release", line(Kind.TOPIC, "ada", "", "release"));
        assertEquals("[11:48:03] ada removed the topic", line(Kind.TOPIC, "ada", "", ""));
        assertEquals("[11:48:03] -- room closing", line(Kind.NOTICE, "", "", "room closing"));
        assertEquals("[11:48:03] -NickServ- registered", line(Kind.NOTICE, "NickServ", "", "registered"));
        assertEquals("[11:48:03] !! too long", line(Kind.ERROR, "", "", "too long"));
        assertEquals("[11:48:03] -- Welcome to the network", line(Kind.SERVER, "irc.example.net", "",
                "Welcome to the network"));
    }

    @Test
    void onATerminalWhatMembersSayShowsTheirNamesInColour() {
        EventFormatter coloured = new EventFormatter(ZoneOffset.UTC, true);
        String ada = coloured.format(new ChatEvent(Kind.MESSAGE, TIME, "ada", "", "hi"));
        Matcher painted = Pattern.compile("\\[11:48:03\\] <\u001b\\[(3[1-6]|9[1-6])mada\u001b\\[39m> hi").matcher(ada);
        assertTrue(painted.matches(), ada);
        String code = painted.group(1);
        assertEquals("[11:48:03] * \u001b[" + code + "mAda\u001b[39m waves",
                coloured.format(new ChatEvent(Kind.ACTION, TIME, "Ada", "", "waves")), "the same colour in any case");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Matcher any = Pattern.compile("\u001b\\[(\\d+)m").matcher(coloured.format(new ChatEvent(Kind.MESSAGE,
                    TIME, "member" + i, "", "x")));
            assertTrue(any.find());
            codes.add(any.group(1));
        }
        assertEquals(12, codes.size(), "100 names use all twelve colours: " + codes);
        // a name that carries an escape of its own is printed escaped, inside our colour
        String sly = coloured.format(new ChatEvent(Kind.MESSAGE, TIME, "x\u001b[2J", "", "boo"));
        assertTrue(sly.contains("x\\x1b[2J\u001b[39m> boo"), sly);
        assertEquals("[11:48:03] -> ada joined", coloured.format(new ChatEvent(Kind.JOIN, TIME, "ada", "", "")),
                "joins and leaves stay plain");
        assertEquals("[11:48:03] <ada> hi", line(Kind.MESSAGE, "ada", "", "hi"), "no colour unless asked");
    }

    @Test
    void eachDayOtherThanTheOnePrintedBeforeIsAnnounced() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsolePrinter printer = new ConsolePrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), formatter,
                LocalDate.of(2026, 11, 27));
        Instant twoDaysBefore = TIME; // 25 November
        printer.events(List.of(new ChatEvent(Kind.MESSAGE, twoDaysBefore, "ada", "", "old"),
                new ChatEvent(Kind.MESSAGE, twoDaysBefore.plusSeconds(60), "bob", "", "same day"),
                new ChatEvent(Kind.MESSAGE, Instant.parse("2026-11-27T08:00:00Z"), "cy", "", "today")));
        printer.events(List.of(new ChatEvent(Kind.MESSAGE, Instant.parse("2026-11-27T09:00:00Z"), "cy", "", "on")));
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);
        assertEquals(List.of("-- " + full.format(LocalDate.of(2026, 11, 25)), "[11:48:03] <ada> old",
                "[11:49:03] <bob> same day", "-- " + full.format(LocalDate.of(2026, 11, 27)), "[08:00:00] <cy> today",
                "[09:00:00] <cy> on"), bytes.toString(StandardCharsets.UTF_8).lines().toList(),
                "history of another day reads as that day's, then today is said again; today's own lines alone");
    }

    @Test
    void whatATerminalWouldActOnIsPrintedEscaped() {
        assertEquals("[11:48:03] <ada> hi\\x0d\\x1b[2K bob left the chat.",
                line(Kind.MESSAGE, "ada", "", "hi\r\u001b[2K bob left the chat."));
        assertEquals("[11:48:03] * ada\\x1b]0;title\\x07 waves", line(Kind.ACTION, "ada\u001b]0;title\u0007", "", "waves"));
        assertEquals("[11:48:03] <ada -> bob> file\\u202etxt.exe", line(Kind.PRIVATE, "ada", "bob", "file\u202etxt.exe"));
        assertEquals("[11:48:03] ada set the topic: a\\x85b\\u2028c\tstays",
                line(Kind.TOPIC, "ada", "", "a\u0085b\u2028c\tstays"));
    }

    @Test
    void roomEventsNameTheirRoomAndHistoryIsMarked() {
        assertEquals("#ops [11:48:03] <ada> hi", formatter.format(new ChatEvent(Kind.MESSAGE, TIME, "ada", "", "hi",
                "ops", 7, false)));
        assertEquals("#ops [11:48:03] <ada> hi (history)", formatter.format(new ChatEvent(Kind.MESSAGE, TIME, "ada",
                "", "hi", "ops", 7, true)));
    }

    /** The topic on joining is how the room stands now: it was marked "(history)" like the events before the join. */
    @Test
    void theTopicOnJoiningSaysWhatItIsNotThatItWasJustSet() {
        assertEquals("#ops [11:48:03] ada set the topic: release (history)", formatter.format(new ChatEvent(
                Kind.TOPIC, TIME, "ada", "", "release", "ops", 7, true)), "a TOPIC event of the room's history");
        assertEquals("#ops [11:48:03] Topic: release (set by ada)", formatter.format(new ChatEvent(
                Kind.TOPIC, TIME, "ada", "", "release", "ops", 0, true)), "the topic the room has on joining");
        assertEquals("#ops [11:48:03] Topic: release", formatter.format(new ChatEvent(Kind.TOPIC, TIME, "",
                "", "release", "#ops", 0, true)), "an IRC channel's topic on joining (332) names nobody");
    }

    /**
     * What a resume brings (said while the client was away: history after the last event printed) is printed as said;
     * the history of a first join and older pages stay marked. It was all marked "(history)", as if seen before. The
     * user's own leave that ended what they saw is not printed back to them, and a line announces what was missed (it
     * follows "Connected as ...", with older times).
     */
    @Test
    void whatAResumeBringsIsNotMarkedAsHistory() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsolePrinter printer = new ConsolePrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), formatter,
                LocalDate.of(2026, 11, 25));
        printer.events(List.of(said(1, true, "before you came"), said(2, true, "also before"), said(3, false, "live")));
        printer.me(() -> "ada");
        printer.events(List.of(new ChatEvent(Kind.LEAVE, TIME, "ada", "", "connection lost", "general", 4, true),
                said(5, true, "while away"), said(6, true, "also while away")));
        printer.events(List.of(said(2, true, "also before"))); // an older page
        printer.events(List.of(new ChatEvent(Kind.NOTICE, TIME, "", "", "another room", "general",
                ChatEvent.RENUMBERED, false), said(1, true, "the new room's first")));
        assertEquals(List.of("#general [11:48:03] <bob> before you came (history)",
                "#general [11:48:03] <bob> also before (history)", "#general [11:48:03] <bob> live",
                "#general -- while you were away:", "#general [11:48:03] <bob> while away",
                "#general [11:48:03] <bob> also while away",
                "#general [11:48:03] <bob> also before (history)", "#general [11:48:03] -- another room",
                "#general [11:48:03] <bob> the new room's first (history)"),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /**
     * The user's own join, live, is not printed: the client's notice says it ("Joined the room ..."), and over IRC the
     * history the join brings ends with it (it was printed twice, once live and once as history). Others' joins and
     * the user's own join further back in the history stay.
     */
    @Test
    void theUsersOwnLiveJoinAndLeaveAreToldByTheNoticeOnly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsolePrinter printer = new ConsolePrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), formatter,
                LocalDate.of(2026, 11, 25));
        printer.me(() -> "Ada");
        printer.events(List.of(new ChatEvent(Kind.JOIN, TIME, "ada", "", "", "#general", 0, false),
                new ChatEvent(Kind.JOIN, TIME, "ada", "", "", "#general", 3, true),
                new ChatEvent(Kind.NOTICE, TIME, "", "", "Joined #general.", "#general", 0, false),
                new ChatEvent(Kind.JOIN, TIME, "bob", "", "", "#general", 4, false),
                // and her own part over IRC, which printed "<- ada left" above "You left #general."
                new ChatEvent(Kind.LEAVE, TIME, "ada", "", "", "#general", 0, false),
                new ChatEvent(Kind.NOTICE, TIME, "", "", "You left #general.", "#general", 0, false)));
        assertEquals(List.of("#general [11:48:03] -> ada joined (history)", "#general [11:48:03] -- Joined #general.",
                "#general [11:48:03] -> bob joined", "#general [11:48:03] -- You left #general."),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static ChatEvent said(long seq, boolean history, String text) {
        return new ChatEvent(Kind.MESSAGE, TIME, "bob", "", text, "general", seq, history);
    }
}
