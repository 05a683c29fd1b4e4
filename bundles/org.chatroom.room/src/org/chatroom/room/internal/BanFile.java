package org.chatroom.room.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the host's bans outlive the room service: a UTF-8 text file with one banned name or address per line, in the
 * order they were banned; blank lines and lines starting with {@code #} are ignored, so a host may edit it while the
 * room service is stopped. It is replaced whole on every change, never left half written.
 */
public final class BanFile {

    private final Path file;

    public BanFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** @return the bans in the file, none when there is no file yet */
    public List<String> read() throws IOException {
        List<String> bans = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    bans.add(entry);
                }
            }
        }
        return bans;
    }

    public void write(List<String> bans) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("banFile.header"));
        lines.addAll(bans);
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        Files.write(fresh, lines, StandardCharsets.UTF_8);
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
