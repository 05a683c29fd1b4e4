package org.chatroom.transport.socket.connection;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file descriptor held in reserve: when the process has none left, releasing it lets a listener accept (and
 * close) the connection waiting in its backlog, so the peer hears the end at once instead of waiting, and the
 * listener does not spin on the same failing {@code accept}.
 */
final class SpareDescriptor implements AutoCloseable {

    private static final Path NULL_DEVICE = Path.of("/dev/null");
    private final boolean available = Files.exists(NULL_DEVICE);
    private FileChannel spare;

    SpareDescriptor() {
        reopen();
    }

    synchronized void release() {
        if (spare != null) {
            try {
                spare.close();
            } catch (IOException e) {
                // released anyway
            }
            spare = null;
        }
    }

    /** Takes the reserve back unless held (no reserve on systems without {@code /dev/null}, or while none is free). */
    synchronized void reopen() {
        if (spare == null && available) {
            try {
                spare = FileChannel.open(NULL_DEVICE);
            } catch (IOException e) {
                spare = null;
            }
        }
    }

    synchronized boolean held() {
        return spare != null;
    }

    @Override
    public void close() {
        release();
    }
}
