package org.chatroom.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real redis-server on loopback, run by {@code releng/scripts/redis.sh} in a folder of its own, AOF on with
 * {@code appendfsync always}, and a password from a file. Restarts keep the folder and the port: the same server
 * with its data. The script is found through the system property {@code chatroom.redis.script}, else by walking up
 * from the working directory to the repository's {@code releng/scripts}.
 */
public final class RedisServer implements AutoCloseable {

    public static final String PASSWORD = "test-secret-" + Long.toHexString(System.nanoTime());

    private final Path dir;
    private final Path passwordFile;
    private int port;

    private RedisServer(Path dir) throws IOException {
        this.dir = dir;
        this.passwordFile = dir.resolve("password");
        Files.createDirectories(dir);
        Files.writeString(passwordFile, PASSWORD + "\n");
    }

    /** Starts a server on a free port in {@code dir}. */
    public static RedisServer start(Path dir) throws IOException, InterruptedException {
        return start(dir, "always");
    }

    /** @param fsync the AOF fsync policy, {@code always} or {@code everysec} */
    public static RedisServer start(Path dir, String fsync) throws IOException, InterruptedException {
        RedisServer server = new RedisServer(dir);
        server.port = Integer.parseInt(server.script("start", server.data().toString(), "--password-file",
                server.passwordFile.toString(), "--fsync", fsync).trim());
        return server;
    }

    public int port() {
        return port;
    }

    public String address() {
        return "127.0.0.1:" + port;
    }

    public Path passwordFile() {
        return passwordFile;
    }

    /** Starts it again on its port and data, after {@link #kill} or {@link #stop}. */
    public void restart() throws IOException, InterruptedException {
        script("start", data().toString(), "--port", Integer.toString(port), "--password-file",
                passwordFile.toString());
    }

    /** SIGKILL: a crash; only what reached the AOF survives. */
    public void kill() throws IOException, InterruptedException {
        script("kill", data().toString());
    }

    public void stop() throws IOException, InterruptedException {
        script("stop", data().toString());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
    }

    private Path data() {
        return dir.resolve("redis");
    }

    private String script(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script().toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("redis.sh " + String.join(" ", arguments) + " took over 30 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException("redis.sh " + arguments[0] + " failed: " + output);
        }
        return output;
    }

    private static Path script() throws IOException {
        String configured = System.getProperty("chatroom.redis.script");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("releng/scripts/redis.sh");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IOException("releng/scripts/redis.sh not found above " + Path.of("").toAbsolutePath());
    }
}
