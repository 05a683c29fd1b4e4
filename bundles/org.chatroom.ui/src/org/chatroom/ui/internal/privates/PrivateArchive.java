package org.chatroom.ui.internal.privates;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.core.runtime.ILog;

/**
 * The private conversations this computer keeps, so that one closed, or ended with the program, shows its earlier
 * messages when it opens again: the rooms keep no private message (a name is no account: whoever takes a name later
 * must not read what was said to it), so the user's own copy is the only one. One file per server and member, in a
 * folder only the user may read, each message a line ({@code millis TAB from TAB to TAB text}, with tabs, line breaks
 * and backslashes escaped); the last {@link #KEEP} messages of each member are kept, all of them deleted when the user
 * turns keeping off ({@link #forget}). UI thread only.
 */
public final class PrivateArchive {

    /** Messages kept per member and shown when the conversation opens. */
    public static final int KEEP = ChatPreferences.PRIVATES_KEPT;
    /** A file past this size is cut back to its last {@link #KEEP} lines. */
    private static final long TRIM_BYTES = 256 * 1024;
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path folder;
    private String server = "";

    /** @param folder where the conversations are kept (a folder per server under it) */
    public PrivateArchive(Path folder) {
        this.folder = folder;
    }

    /** The server whose conversations are kept and shown from now on (its {@code host:port}). */
    public void server(String key) {
        this.server = key == null ? "" : key;
    }

    /** Keeps the private messages among {@code events} (live ones; others are not kept). */
    public void keep(List<ChatEvent> events, String me) {
        for (ChatEvent event : events) {
            if (event.kind() != Kind.PRIVATE || event.history() || server.isEmpty()) {
                continue;
            }
            String peer = event.from().equalsIgnoreCase(me) ? event.to() : event.from();
            if (!peer.isEmpty()) {
                Path file = file(peer);
                try {
                    append(file, line(event));
                } catch (IOException e) { // the conversation goes on; the copy of it misses the line
                    ILog.of(PrivateArchive.class).warn("Cannot keep a private message in " + file + ": " + e);
                }
            }
        }
    }

    /** @return the messages kept with {@code peer} on the current server, oldest first, as history events */
    public List<ChatEvent> earlier(String peer) {
        Path file = file(peer);
        if (server.isEmpty() || !Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            ILog.of(PrivateArchive.class).warn("Cannot read the private conversation in " + file + ": " + e);
            return List.of();
        }
        List<ChatEvent> events = new ArrayList<>();
        for (String line : lines.subList(Math.max(0, lines.size() - KEEP), lines.size())) {
            ChatEvent event = event(line);
            if (event != null) {
                events.add(event);
            }
        }
        return events;
    }

    /**
     * The member {@code from} of an open conversation is called {@code to} now: what was kept of it goes on under the
     * new name, after what that name held (the next start showed only the lines said since the rename, and the unread
     * ones from before were gone from it).
     */
    public void renamed(String from, String to) {
        Path old = file(from);
        Path now = file(to);
        if (server.isEmpty() || old.equals(now) || !Files.isRegularFile(old)) {
            return;
        }
        try {
            if (Files.notExists(now)) {
                Files.move(old, now);
            } else {
                Files.write(now, Files.readAllLines(old, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
                Files.delete(old);
            }
        } catch (IOException e) { // the conversation goes on; its copy stays under the old name
            ILog.of(PrivateArchive.class).warn("Cannot keep " + old + " as " + now + ": " + e);
        }
    }

    /** Deletes every conversation kept, of every server (the user no longer wants them kept). */
    public void forget() {
        if (Files.notExists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            ILog.of(PrivateArchive.class).warn("Cannot delete the private conversations kept in " + folder + ": " + e);
        }
    }

    /** The file of the conversation with {@code peer} on the current server: names compare without case. */
    Path file(String peer) {
        return folder.resolve(encode(server)).resolve(encode(peer.toLowerCase(Locale.ROOT)) + ".txt");
    }

    private void append(Path file, String line) throws IOException {
        ownFolder(folder);
        ownFolder(file.getParent());
        boolean created = Files.notExists(file);
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (created && POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        if (Files.size(file) > TRIM_BYTES) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Files.write(file, lines.subList(Math.max(0, lines.size() - KEEP), lines.size()), StandardCharsets.UTF_8);
        }
    }

    /** Creates {@code path} as a folder only its owner may enter, unless it exists. */
    private static void ownFolder(Path path) throws IOException {
        if (Files.notExists(path)) {
            Files.createDirectories(path);
            if (POSIX) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    private static String line(ChatEvent event) {
        return event.time().toEpochMilli() + "\t" + escape(event.from()) + "\t" + escape(event.to()) + "\t"
                + escape(event.text());
    }

    /** @return the event of a kept line, null for a line that is not one (cut short, edited by hand) */
    private static ChatEvent event(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 4 || !fields[0].matches("-?[0-9]{1,19}")) {
            return null;
        }
        return new ChatEvent(Kind.PRIVATE, Instant.ofEpochMilli(Long.parseLong(fields[0])), unescape(fields[1]),
                unescape(fields[2]), unescape(fields[3]), "", 0, true);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("*", "%2A").replace(".", "%2E");
    }
}
