package org.chatroom.log.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.RoomStream;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.chatroom.log.sqlite.internal.store.StoreException;
import org.chatroom.log.sqlite.internal.store.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history that cannot be used is refused at start with a message naming the file and saying why: damaged, held
 * by another process (or another store of this one), in a folder that cannot be written.
 */
class StartRefusalTest {

    @TempDir
    Path folder;
    private final Stores stores = new Stores();

    @Test
    void aFileThatIsNotADatabaseIsRefused() throws Exception {
        Files.writeString(folder.resolve(LogStore.FILE), "these are my notes, not a database\n".repeat(200),
                StandardCharsets.UTF_8);
        assertRefused("damaged");
    }

    @Test
    void aTruncatedDatabaseIsRefused() throws Exception {
        fill();
        try (RandomAccessFile file = new RandomAccessFile(folder.resolve(LogStore.FILE).toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        assertRefused("damaged");
    }

    @Test
    void aDatabaseDamagedAnywhereIsRefusedByTheFullCheck() throws Exception {
        fill();
        try (RandomAccessFile file = new RandomAccessFile(folder.resolve(LogStore.FILE).toFile(), "rw")) {
            assertTrue(file.length() > 16 * 4096, "the test needs pages to damage: " + file.length());
            file.seek(file.length() / 3 / 4096 * 4096);
            file.write(new byte[512]);
        }
        StoreSettings full = StoreSettings.defaults(folder).withFullCheck(true);
        StoreException refused = assertThrows(StoreException.class, () -> stores.open(full).close());
        assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
    }

    private void fill() throws Exception {
        try (LogStore store = stores.open(folder)) {
            RoomStream room = store.open("lobby", new Recorder());
            for (int i = 0; i < 2000; i++) {
                room.append(Stores.message("ada", "filling pages " + i));
            }
            Stores.await("committed", () -> room.lastSequence() == 2000);
        }
    }

    @Test
    void aHistoryOpenInThisProcessIsRefused() throws Exception {
        try (LogStore first = stores.open(folder)) {
            assertRefused("another process");
            first.open("still", new Recorder()).append(Stores.message("ada", "works"));
        }
    }

    @Test
    void aHistoryOpenInAnotherProcessIsRefusedUntilItEnds() throws Exception {
        try (ChildProcess holder = new ChildProcess("hold", folder)) {
            assertEquals("ready", holder.readLine(), holder.toString());
            assertRefused("another process");
            holder.kill();
        }
        stores.open(folder).close();
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefused() throws Exception {
        Path locked = folder.resolve("read-only");
        Files.createDirectories(locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean immutable = isRoot() && chattr("+i", locked); // root ignores permissions, not the immutable flag
        try {
            StoreException refused = assertThrows(StoreException.class, () -> stores.open(locked));
            assertTrue(refused.getMessage().contains(locked.resolve(LogStore.FILE).toString()), refused.getMessage());
            assertTrue(refused.getMessage().contains("cannot be created or written"), refused.getMessage());
        } finally {
            if (immutable) {
                chattr("-i", locked);
            }
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertTrue(!isRoot() || immutable, "as root the test needs chattr +i to make a folder unwritable");
    }

    @Test
    void aFileThatCannotBeWrittenIsRefused() throws Exception {
        stores.open(folder).close();
        Path file = folder.resolve(LogStore.FILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        boolean immutable = isRoot() && chattr("+i", file);
        try {
            StoreException refused = assertThrows(StoreException.class, () -> stores.open(folder));
            assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
            assertTrue(refused.getMessage().contains("cannot be written"), refused.getMessage());
        } finally {
            if (immutable) {
                chattr("-i", file);
            }
        }
    }

    private void assertRefused(String why) {
        StoreException refused = assertThrows(StoreException.class, () -> stores.open(folder));
        String message = refused.getMessage();
        assertTrue(message.contains(folder.resolve(LogStore.FILE).toString()), message);
        assertTrue(message.contains(why), message);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
        Process chattr = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
        return chattr.waitFor(20, TimeUnit.SECONDS) && chattr.exitValue() == 0;
    }
}
