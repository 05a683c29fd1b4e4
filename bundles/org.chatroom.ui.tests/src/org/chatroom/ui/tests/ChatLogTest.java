package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawMember;
import org.chatroom.testing.Services;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Hashtable;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ChatListener;
import org.chatroom.ui.internal.log.ChatLogWriter;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** The chat log: one file per room and day, written only when the preference asks for it. */
class ChatLogTest {

    private Configuration logConfig;

    @AfterEach
    void reset() throws Exception {
        if (logConfig != null) {
            logConfig.delete();
        }
        Chat.reset();
    }

    @Test
    void writerKeepsOneFilePerRoomAndDay() throws Exception {
        Path dir = Files.createTempDirectory("chatlog");
        ZoneId utc = ZoneId.of("UTC");
        try (ChatLogWriter writer = new ChatLogWriter(dir, utc)) {
            writer.write("chat.example.org_53000", List.of(
                    new ChatEvent(Kind.MESSAGE, Instant.parse("2026-11-24T23:59:58Z"), "ann", "", "late"),
                    new ChatEvent(Kind.JOIN, Instant.parse("2026-11-25T00:00:01Z"), "ben", "", "")));
        }
        Path room = dir.resolve("chat.example.org_53000");
        assertEquals(List.of("23:59:58 ann: late"),
                Files.readAllLines(room.resolve("2026-11-24.log"), StandardCharsets.UTF_8));
        assertEquals(List.of("00:00:01 ben joined the chat"),
                Files.readAllLines(room.resolve("2026-11-25.log"), StandardCharsets.UTF_8));
    }

    @Test
    void aHostedChatIsLoggedWhenThePreferenceIsOn() throws Exception {
        Path dir = Files.createTempDirectory("chatlog");
        logConfig = Services.require(ConfigurationAdmin.class, null).getConfiguration("org.chatroom.ui.log", "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("directory", dir.toString());
        logConfig.update(props);
        int port = Chat.freePort();
        Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, port);
        Chat.prefs().put(ChatPreferences.NICKNAME, "logan");
        Chat.prefs().putBoolean(ChatPreferences.LOG_ENABLED, true);
        // the log component restarts with its new directory; DS copies the configuration into its service properties
        Services.require(ChatListener.class, "(&(component.name=org.chatroom.ui.internal.log.ChatLogComponent)(directory="
                + dir + "))");

        Chat.host();
        Ui.until("connected to the hosted room", () -> Ui.status().startsWith(
                org.chatroom.ui.internal.Messages.stateConnected), Ui::status);
        try (RawMember pat = RawMember.join(port, "pat", Ui::until)) {
            pat.send("for the record");
            Ui.awaitRow("for the record");
            Path file = dir.resolve("localhost_" + port).resolve(LocalDate.now() + ".log");
            Ui.until("the log file to hold the message", () -> contains(file, "pat: for the record"),
                    () -> read(file));
            assertTrue(contains(file, "pat joined the chat"), read(file));

            Chat.prefs().putBoolean(ChatPreferences.LOG_ENABLED, false);
            pat.send("off the record");
            Ui.awaitRow("off the record");
            // the log keeps the room's order: once a line sent after it is in the file, "off the record" would be too
            Chat.prefs().putBoolean(ChatPreferences.LOG_ENABLED, true);
            pat.send("back on the record");
            Ui.until("the log file to hold the next message", () -> contains(file, "pat: back on the record"),
                    () -> read(file));
            assertFalse(contains(file, "off the record"), "nothing is logged while the preference is off");
        }
    }

    private static boolean contains(Path file, String text) {
        return read(file).contains(text);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no file " + file + ")";
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
