package org.chatroom.ui.internal.log;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.ui.internal.views.MessageRow;
import org.chatroom.ui.internal.views.RowFormatter;

/**
 * Appends what the room says to {@code <base>/<host>_<port>/<yyyy-mm-dd>.log}, one line per event, local time.
 * Not thread-safe: one thread writes.
 */
public final class ChatLogWriter implements Closeable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final Path base;
    private final ZoneId zone;
    private final RowFormatter formatter = new RowFormatter();
    private Path openFile;
    private BufferedWriter out;

    public ChatLogWriter(Path base, ZoneId zone) {
        this.base = base;
        this.zone = zone;
    }

    /** The log file of {@code room} (e.g. {@code localhost_53000}) for {@code day}. */
    public Path file(String room, LocalDate day) {
        return base.resolve(room.replaceAll("[^A-Za-z0-9._-]", "_")).resolve(day + ".log");
    }

    public void write(String room, List<ChatEvent> events) throws IOException {
        for (ChatEvent event : events) {
            var local = event.time().atZone(zone);
            writerFor(file(room, local.toLocalDate())).append(line(TIME.format(local), event)).append('\n');
        }
        if (out != null) {
            out.flush();
        }
    }

    private String line(String time, ChatEvent event) {
        MessageRow row = formatter.format(event, "");
        return row.from().isEmpty() ? time + " " + row.text() : time + " " + row.from() + ": " + row.text();
    }

    private BufferedWriter writerFor(Path file) throws IOException {
        if (!file.equals(openFile)) {
            close();
            Files.createDirectories(file.getParent());
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            openFile = file;
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            BufferedWriter closing = out;
            out = null;
            openFile = null;
            closing.close();
        }
    }
}
