package org.chatroom.log.sqlite.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.RoomLog;
import org.chatroom.log.sqlite.internal.store.LogStore;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sqlite.SQLiteConfig;

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
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(RoomLog.class, LogStore.class, SQLiteConfig.class, ChildStore.class)) {
            entries.addAll(entriesOf(FrameworkUtil.getBundle(type)));
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Where relative bundle locations start: the framework's install area. */
    private static Path installArea() {
        String area = FrameworkUtil.getBundle(ChildProcess.class).getBundleContext().getProperty("osgi.install.area");
        return area == null ? Path.of("").toAbsolutePath() : Path.of(area.replaceFirst("^file:", ""));
    }

    /** A bundle's jar, or for a bundle run from its project folder, the folders of its classes. */
    private static List<String> entriesOf(Bundle bundle) {
        String location = bundle.getLocation();
        int file = location.indexOf("file:");
        if (file < 0) {
            throw new AssertionError("not a file location: " + location);
        }
        Path path = installArea().resolve(location.substring(file + "file:".length())).normalize();
        List<String> entries = new ArrayList<>();
        if (Files.isDirectory(path)) {
            for (String classes : List.of("target/classes", "bin")) {
                if (Files.isDirectory(path.resolve(classes))) {
                    entries.add(path.resolve(classes).toString());
                }
            }
        }
        entries.add(path.toString());
        return entries;
    }
}
