package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.OwnLines;
import org.chatroom.ui.internal.bridge.StateChange;
import org.chatroom.ui.internal.prefs.Validators;
import org.chatroom.ui.internal.views.InputHistory;
import org.chatroom.ui.internal.views.MessageRow;
import org.chatroom.ui.internal.views.MessageRow.Style;
import org.chatroom.ui.internal.views.RowFormatter;
import org.chatroom.ui.internal.views.Scrollback;
import org.chatroom.ui.internal.views.StateText;
import org.junit.jupiter.api.Test;

/** The plain logic behind the views: scrollback ring, input history, row styles, preference checks. */
class LogicTest {

    private static MessageRow row(String text) {
        return new MessageRow("", "", text, Style.NORMAL);
    }

    @Test
    void scrollbackDropsTheOldestAndShrinksKeepingTheNewest() {
        Scrollback rows = new Scrollback(3);
        assertEquals(0, rows.addAll(List.of(row("a"), row("b"))));
        assertEquals(2, rows.addAll(List.of(row("c"), row("d"), row("e"))));
        assertEquals(List.of("c", "d", "e"), List.of(rows.get(0).text(), rows.get(1).text(), rows.get(2).text()));
        assertEquals(1, rows.resize(2));
        assertEquals(List.of("d", "e"), List.of(rows.get(0).text(), rows.get(1).text()));
        assertEquals(0, rows.resize(10));
        assertEquals(2, rows.size());
    }

    /**
     * A retry after the connection was lost says so; one of a connect anew (the settings changed while connected, to
     * a host that does not answer) is a connect that failed: it said "Connection lost" of a host never reached.
     */
    @Test
    void aRetryIsALostConnectionOnlyWhenTheConnectJoined() {
        StateText text = new StateText();
        text.words(new StateChange(ConnectionState.CONNECTING, ""));
        text.words(new StateChange(ConnectionState.CONNECTED, ""));
        assertEquals(Messages.stateReconnecting, text.words(new StateChange(ConnectionState.RECONNECTING, "")));
        assertEquals(Messages.stateConnected, text.words(new StateChange(ConnectionState.CONNECTED, "")));
        text.words(new StateChange(ConnectionState.CONNECTING, "")); // the settings changed
        assertEquals(Messages.stateCouldNotConnect, text.words(new StateChange(ConnectionState.RECONNECTING, "")));
    }

    /** The event bridge flushes at once what holds one of these, so a typed line is not queued behind a flood. */
    @Test
    void ownLinesAreTheUsersMessagesActionsAndPrivateMessagesButNotHistory() {
        Instant now = Instant.now();
        ChatEvent said = new ChatEvent(Kind.MESSAGE, now, "ada", "", "hi");
        ChatEvent other = new ChatEvent(Kind.MESSAGE, now, "bob", "", "hi");
        assertTrue(OwnLines.any(List.of(other, said), "ada"));
        assertTrue(OwnLines.any(List.of(new ChatEvent(Kind.ACTION, now, "ada", "", "waves")), "ada"));
        assertTrue(OwnLines.any(List.of(new ChatEvent(Kind.PRIVATE, now, "ada", "bob", "psst")), "ada"));
        assertFalse(OwnLines.any(List.of(other), "ada"));
        assertFalse(OwnLines.any(List.of(new ChatEvent(Kind.JOIN, now, "ada", "", "")), "ada"));
        assertFalse(OwnLines.any(List.of(new ChatEvent(Kind.MESSAGE, now, "ada", "", "old", "lobby", 3, true)),
                "ada"), "a line of the room's history is not one just typed");
        assertFalse(OwnLines.any(List.of(said), ""), "no nickname yet");
    }

    @Test
    void historyWalksBackAndReturnsToTheDraft() {
        InputHistory history = new InputHistory(2);
        history.add("one");
        history.add("two");
        history.add("three"); // "one" falls out of the bounded history
        assertEquals("three", history.older("draft"));
        assertEquals("two", history.older("three"));
        assertEquals("two", history.older("two"), "no line before the oldest kept");
        assertEquals("three", history.newer("two"));
        assertEquals("draft", history.newer("three"), "Down past the newest gives back what was being typed");
    }

    @Test
    void rowsMarkMineMentionsAndNotices() {
        RowFormatter formatter = new RowFormatter();
        Instant now = Instant.now();
        assertEquals(Style.OWN, formatter.format(new ChatEvent(Kind.MESSAGE, now, "Ada", "", "hi"), "ada").style());
        assertEquals(Style.MENTION,
                formatter.format(new ChatEvent(Kind.MESSAGE, now, "bob", "", "ADA, look"), "ada").style());
        assertEquals(Style.NORMAL,
                formatter.format(new ChatEvent(Kind.MESSAGE, now, "bob", "", "adamant"), "ada").style(),
                "a name inside another word is no mention");
        MessageRow join = formatter.format(new ChatEvent(Kind.JOIN, now, "cy", "", ""), "ada");
        assertEquals(Style.NOTICE, join.style());
        assertEquals("cy joined the chat", join.text());
        assertEquals(Style.ERROR, formatter.format(new ChatEvent(Kind.ERROR, now, "", "", "too long"), "ada")
                .style());
    }

    @Test
    void aRowOfAnotherDayGivesItsDay() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.of(2026, 12, 4);
        Instant morning = LocalDateTime.of(2026, 12, 4, 9, 5, 7).atZone(zone).toInstant();
        assertEquals("09:05:07", RowFormatter.time(morning, today), "today's rows: the time of day");
        String yesterday = RowFormatter.time(morning.minus(Duration.ofDays(1)), today);
        assertTrue(yesterday.startsWith("3 ") && yesterday.endsWith(" 09:05"), yesterday);
        assertEquals(Month.DECEMBER.getDisplayName(TextStyle.SHORT, Locale.getDefault()),
                yesterday.substring(2, yesterday.length() - 6), "the month in the user's language: " + yesterday);
        assertEquals(12, RowFormatter.widestDayTimes().size());

        RowFormatter formatter = new RowFormatter();
        Instant lastWeek = Instant.now().minus(Duration.ofDays(7));
        String shown = formatter.format(new ChatEvent(Kind.MESSAGE, lastWeek, "bob", "", "old news"), "ada").time();
        assertEquals(RowFormatter.time(lastWeek, LocalDate.now(zone)), shown);
        assertTrue(!shown.matches("\\d\\d:\\d\\d:\\d\\d"), "a week-old row gives its day: " + shown);
    }

    @Test
    void theTopicOnJoiningSaysWhatItIsNotThatItWasJustSet() {
        RowFormatter formatter = new RowFormatter();
        Instant now = Instant.now();
        assertEquals("ana set the topic: release", formatter.format(new ChatEvent(Kind.TOPIC, now, "ana", "",
                "release", "ops", 0, false), "ada").text(), "set now");
        assertEquals("ana set the topic: release", formatter.format(new ChatEvent(Kind.TOPIC, now, "ana", "",
                "release", "ops", 7, true), "ada").text(), "a TOPIC event of the room's history");
        assertEquals("Topic: release (set by ana)", formatter.format(new ChatEvent(Kind.TOPIC, now, "ana", "",
                "release", "ops", 0, true), "ada").text(), "the topic the room has on joining");
        assertEquals("Topic: release", formatter.format(new ChatEvent(Kind.TOPIC, now, "", "", "release", "#ops", 0,
                true), "ada").text(), "an IRC channel's topic on joining (332) names nobody");
        assertEquals("ana removed the topic", formatter.format(new ChatEvent(Kind.TOPIC, now, "ana", "", "", "ops", 8,
                false), "ada").text(), "it read \"ana set the topic: \" and nothing after it");
    }

    @Test
    void preferenceChecksExplainWhatIsWrong() {
        assertNull(Validators.nickname("zoë"));
        assertEquals(Messages.errorNickEmpty, Validators.nickname(""));
        assertEquals(Messages.errorNickTooLong, Validators.nickname("x".repeat(33)));
        assertEquals(Messages.errorNickInvalid, Validators.nickname("/me"));
        assertEquals(Messages.errorNickInvalid, Validators.nickname("{quit}"));
        assertEquals(Messages.errorNickInvalid, Validators.nickname("tab\there"));
        assertNull(Validators.host("chat.example.org"));
        assertNull(Validators.host("::1"));
        assertEquals(Messages.errorHostEmpty, Validators.host("  "));
        assertEquals(Messages.errorHostInvalid, Validators.host("a host"));
        assertNull(Validators.host("node1.example:53000, node2.example:53001,[::1]:53002"));
        assertEquals(Messages.errorHostInvalid, Validators.host("node1.example,,node2.example"));
        assertEquals(Integer.valueOf(53000), Validators.intInRange(" 53000 ", 1, 65535));
        assertNull(Validators.intInRange("65536", 1, 65535));
        assertNull(Validators.intInRange("port", 1, 65535));
    }
}
