package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.ui.internal.privates.PrivateArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The private conversations the desktop keeps: per server and member (any case of the name), live private messages
 * only, text of any kind given back as it was, files only the user may read, all of them forgotten at once, and the
 * last {@link PrivateArchive#KEEP} messages of a member kept however long the conversation runs.
 */
class PrivateArchiveTest {

    private static final Instant T = Instant.parse("2026-12-07T09:30:00.123Z");

    private Path folder;

    @BeforeEach
    void folder() throws Exception {
        folder = Files.createTempDirectory("privates");
    }

    @AfterEach
    void deleteFolder() {
        new PrivateArchive(folder).forget();
    }

    @Test
    void eachServerAndMemberHasItsOwnConversationGivenBackAsItWas() throws Exception {
        PrivateArchive archive = new PrivateArchive(folder);
        archive.server("rooms.example:53000");
        String awkward = "tab\there, a line\nbreak, a back\\slash \\t and \\\\n, ünïcödé 🎉";
        archive.keep(List.of(said("Bob", "ada", awkward), said("ada", "BOB", "noted"), said("cy", "ada", "hi cy"),
                new ChatEvent(Kind.PRIVATE, T, "bob", "ada", "from history", "", 0, true),
                new ChatEvent(Kind.MESSAGE, T, "bob", "", "said in the room")), "ada");
        List<ChatEvent> bob = archive.earlier("bob");
        assertEquals(List.of(awkward, "noted"), bob.stream().map(ChatEvent::text).toList());
        assertEquals(List.of("Bob", "ada"), bob.stream().map(ChatEvent::from).toList());
        assertEquals(T, bob.get(0).time());
        assertTrue(bob.stream().allMatch(e -> e.kind() == Kind.PRIVATE && e.history()), "history: " + bob);
        assertEquals(List.of("hi cy"), archive.earlier("CY").stream().map(ChatEvent::text).toList());

        archive.server("other.example:53000");
        assertEquals(List.of(), archive.earlier("bob"), "another server's bob is someone else");
        archive.server("");
        archive.keep(List.of(said("bob", "ada", "before any server")), "ada");
        archive.server("rooms.example:53000");
        assertEquals(2, archive.earlier("bob").size(), "nothing kept without a server");

        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.filter(p -> !p.equals(folder)).toList()) {
                assertEquals(Files.isDirectory(path) ? "rwx------" : "rw-------",
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(path)), "owner only: " + path);
            }
        }
        archive.forget();
        assertTrue(Files.notExists(folder), "forgotten, every server's");
        assertEquals(List.of(), archive.earlier("bob"));
        archive.keep(List.of(said("bob", "ada", "after forgetting")), "ada");
        assertEquals(List.of("after forgetting"), archive.earlier("bob").stream().map(ChatEvent::text).toList());
    }

    @Test
    void theLastMessagesOfALongConversationAreKept() throws Exception {
        PrivateArchive archive = new PrivateArchive(folder);
        archive.server("127.0.0.1:53000");
        String filler = "x".repeat(300);
        int count = PrivateArchive.KEEP * 3;
        List<ChatEvent> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new ChatEvent(Kind.PRIVATE, T.plus(i, ChronoUnit.SECONDS), "bob", "ada", i + " " + filler));
        }
        archive.keep(batch, "ada");
        List<ChatEvent> kept = archive.earlier("bob");
        assertEquals(PrivateArchive.KEEP, kept.size());
        assertEquals((count - PrivateArchive.KEEP) + " " + filler, kept.get(0).text());
        assertEquals((count - 1) + " " + filler, kept.get(kept.size() - 1).text());
        try (Stream<Path> files = Files.walk(folder)) {
            Path file = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            assertTrue(Files.size(file) < 2L * PrivateArchive.KEEP * (filler.length() + 40),
                    "the file is cut back as it grows: " + Files.size(file) + " bytes");

            Files.writeString(file, "cut short\tby a crash\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            assertEquals(kept.get(kept.size() - 1).text(), lastText(archive.earlier("bob")), "a broken line skipped");
        }
    }

    private static String lastText(List<ChatEvent> events) {
        return events.get(events.size() - 1).text();
    }

    private static ChatEvent said(String from, String to, String text) {
        return new ChatEvent(Kind.PRIVATE, T, from, to, text);
    }
}
