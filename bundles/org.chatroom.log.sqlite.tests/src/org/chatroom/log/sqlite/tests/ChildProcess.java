package org.chatroom.log.sqlite.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.chatroom.testing.BundleClassPath;
import org.osgi.framework.FrameworkUtil;

/**
 * {@link ChildStore} in a JVM of its own, on a class path made of the bundles the test runs with (the API, the
 * SQLite log, SQLite JDBC and these tests), found through their OSGi bundle locations.
 */
final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final String classPath;

    ChildProcess(String mode, Path folder) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        classPath = classPath();
        process = new ProcessBuilder(java.toString(), "-cp", classPath, ChildStore.class.getName(), mode,
                folder.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The next line the child printed, null at its end. */
    String readLine() throws IOException {
        return out.readLine();
    }

    @Override
    public String toString() {
        return "child java -cp " + classPath;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError("the child did not end within 20 s of SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    private static String classPath() {
        return BundleClassPath.of(FrameworkUtil.getBundle(ChildProcess.class).getBundleContext(),
                List.of("org.chatroom.api", "org.chatroom.log.sqlite", "org.xerial.sqlite-jdbc",
                        "org.chatroom.log.sqlite.tests"));
    }
}
