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
    /** The users {@link #user} made, to make again after a restart (Redis keeps ACL users only in memory here). */
    private final List<String> users = new ArrayList<>();
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

    /**
     * A Redis user of its own for one client (a node of a cluster), with every right, so that {@link #lockOut} can cut
     * that client alone off; @return the file holding its password
     */
    public Path user(String name) throws IOException, InterruptedException {
        Path file = dir.resolve(name + "-password");
        Files.writeString(file, PASSWORD + "-" + name + "\n");
        makeUser(name);
        synchronized (users) {
            users.add(name);
        }
        return file;
    }

    private void makeUser(String name) throws IOException, InterruptedException {
        cli("ACL", "SETUSER", name, "reset", "on", ">" + PASSWORD + "-" + name, "~*", "&*", "+@all");
    }

    /** User {@code name} can no longer reach the server: it is disabled and its connections closed. */
    public void lockOut(String name) throws IOException, InterruptedException {
        cli("ACL", "SETUSER", name, "off");
        cli("CLIENT", "KILL", "USER", name);
    }

    /**
     * User {@code name} may no longer run {@code command} (also inside scripts, which then fail at that command with
     * no effect before it): a failure Redis reports after a client sent its command, while the rest works.
     */
    public void deny(String name, String command) throws IOException, InterruptedException {
        cli("ACL", "SETUSER", name, "-" + command);
    }

    /** User {@code name} may run {@code command} again. */
    public void allow(String name, String command) throws IOException, InterruptedException {
        cli("ACL", "SETUSER", name, "+" + command);
    }

    /** User {@code name} may connect again. */
    public void letIn(String name) throws IOException, InterruptedException {
        cli("ACL", "SETUSER", name, "on");
    }

    /** Runs one command with {@code redis-cli} as the server's administrator; @return its output */
    public String cli(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("redis-cli", "--no-auth-warning", "-h", "127.0.0.1", "-p",
                Integer.toString(port)));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("REDISCLI_AUTH", PASSWORD);
        return run(builder, "redis-cli " + command[0]);
    }

    /** Starts it again on its port and data, after {@link #kill} or {@link #stop}, with the users {@link #user} made. */
    public void restart() throws IOException, InterruptedException {
        script("start", data().toString(), "--port", Integer.toString(port), "--password-file",
                passwordFile.toString());
        List<String> made;
        synchronized (users) {
            made = List.copyOf(users);
        }
        for (String name : made) {
            makeUser(name);
        }
    }

    /**
     * SIGSTOP: the server stays up but answers nobody (its connections and new ones wait, as behind a stalled network
     * or a server swapping) until {@link #thaw}.
     */
    public void freeze() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** SIGCONT after {@link #freeze}: the server answers again what waited. */
    public void thaw() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        String pid = Files.readString(data().resolve("redis.pid")).strip();
        run(new ProcessBuilder("kill", signal, pid).redirectErrorStream(true), "kill " + signal);
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
        return run(new ProcessBuilder(command).redirectErrorStream(true), "redis.sh " + arguments[0]);
    }

    private static String run(ProcessBuilder builder, String what) throws IOException, InterruptedException {
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(what + " took over 30 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || output.startsWith("ERR") || output.startsWith("(error)")) {
            throw new IOException(what + " failed: " + output);
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
