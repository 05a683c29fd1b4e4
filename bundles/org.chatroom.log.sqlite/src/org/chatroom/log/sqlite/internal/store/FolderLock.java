package org.chatroom.log.sqlite.internal.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on {@value #FILE} beside the database, held while the store is open, so that a second process
 * (or a second store in this one) refuses to write the same history. A lock file, not the database file, because
 * closing any descriptor of the database file would drop SQLite's own locks.
 */
final class FolderLock implements AutoCloseable {

    static final String FILE = "roomlog.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws StoreException when the folder cannot be written or someone else holds the lock */
    static FolderLock acquire(Path folder, Path database) throws StoreException {
        FileChannel channel;
        try {
            channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException | SecurityException e) {
            throw StoreException.atStart(database, Texts.get("start.folder", e), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new FolderLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by another store of this process: the same refusal
        } catch (IOException e) {
            closeQuietly(channel);
            throw StoreException.atStart(database, Texts.get("start.folder", e), e);
        }
        closeQuietly(channel);
        throw StoreException.atStart(database, Texts.get("start.locked"), null);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing held
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it anyway
        }
        closeQuietly(channel);
    }
}
