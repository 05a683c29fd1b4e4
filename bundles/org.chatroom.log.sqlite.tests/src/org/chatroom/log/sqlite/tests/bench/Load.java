package org.chatroom.log.sqlite.tests.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, printed next to every figure: the benchmark machine is shared. */
final class Load {

    private Load() {
    }

    /** {@code " [load 1.23]"}: the one-minute load average, or nothing where the system does not say. */
    static String now() {
        try {
            return " [load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + "]";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
