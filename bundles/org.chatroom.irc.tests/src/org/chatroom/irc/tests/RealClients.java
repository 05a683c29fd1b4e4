package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;

/**
 * Real programs the tests drive (Debian packages that releng/scripts/setup-debian.sh installs): a test needing one
 * fails on CI when it is missing, and is skipped with a message saying what to install elsewhere.
 */
final class RealClients {

    private RealClients() {
    }

    /** Skips the test (off CI) or fails it (on CI) unless {@code program} is on the PATH. */
    static void require(String program, String debianPackage) {
        boolean found = onPath(program);
        String message = program + " is not installed: apt-get install " + debianPackage
                + " (or run releng/scripts/setup-debian.sh)";
        if (!found && System.getenv("CI") != null) {
            throw new AssertionError(message);
        }
        assumeTrue(found, message);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (new File(folder, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
