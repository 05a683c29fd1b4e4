package org.chatroom.loadtest;

import java.util.concurrent.TimeUnit;

/** Stopping a server process a test started: politely, then by force, each wait bounded. */
final class Processes {

    private Processes() {
    }

    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
