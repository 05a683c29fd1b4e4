package org.chatroom.cluster.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.chatroom.testing.BundleClassPath;
import org.chatroom.testing.RedisServer;
import org.osgi.framework.FrameworkUtil;

/**
 * A {@link ClusterNode} in a JVM of its own, on the bundles of this test runtime; {@link #kill()} is SIGKILL. Its log
 * goes to {@code NAME.log} in the folder given, its server-wide bans are kept in {@code NAME-bans.txt} there.
 */
final class NodeProcess implements AutoCloseable {

    private static final List<String> BUNDLES = List.of("org.chatroom.api", "org.chatroom.protocol",
            "org.chatroom.room", "org.chatroom.transport.socket", "org.chatroom.irc", "org.chatroom.log.redis",
            "org.chatroom.testing", "org.chatroom.cluster.tests", "redis.clients.jedis", "json", "org.apache.commons.commons-pool2",
            "com.google.gson", "redis.clients.authentication.redis-authx-core", "slf4j.api", "slf4j.simple",
            "com.ibm.icu");

    final String name;
    private final Process process;
    private final int port;
    private final int ircPort;
    private final BlockingQueue<String> done;

    private NodeProcess(String name, Process process, String ports, BlockingQueue<String> done) {
        this.name = name;
        this.process = process;
        String[] both = ports.split(" ");
        this.port = Integer.parseInt(both[0]);
        this.ircPort = Integer.parseInt(both[1]);
        this.done = done;
    }

    /** The file of node {@code name}'s server-wide bans in {@code folder}. */
    static Path banFile(Path folder, String name) {
        return folder.resolve(name + "-bans.txt");
    }

    /**
     * Starts node {@code name} on {@code redis}, as a Redis user of its own called {@code name} (which
     * {@link RedisServer#lockOut} can cut off alone), with the cluster's key {@code prefix}; waits until it listens.
     */
    static NodeProcess start(String name, RedisServer redis, String prefix, Path logs)
            throws IOException, InterruptedException {
        return start(name, redis, prefix, logs, List.of());
    }

    /** As {@link #start(String, RedisServer, String, Path)}, with Redis settings {@code KEY=NUMBER} overridden. */
    static NodeProcess start(String name, RedisServer redis, String prefix, Path logs, List<String> settings)
            throws IOException, InterruptedException {
        return start(name, redis, redis.address(), prefix, logs, settings);
    }

    /** As {@link #start(String, RedisServer, String, Path, List)}, reaching {@code redis} at {@code address}. */
    static NodeProcess start(String name, RedisServer redis, String address, String prefix, Path logs,
            List<String> settings) throws IOException, InterruptedException {
        Path password = redis.user(name);
        String classPath = BundleClassPath.of(FrameworkUtil.getBundle(NodeProcess.class).getBundleContext(), BUNDLES);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp", classPath,
                ClusterNode.class.getName(), address, name, password.toString(), prefix, name,
                banFile(logs, name).toString()));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectError(logs.resolve(name + ".log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        BlockingQueue<String> done = new LinkedBlockingQueue<>();
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith(ClusterNode.LISTENING)) {
                        listening.complete(line.substring(ClusterNode.LISTENING.length()).strip());
                    } else if (line.startsWith(ClusterNode.DONE)) {
                        done.add(line.substring(ClusterNode.DONE.length()));
                    }
                }
            } catch (IOException e) {
                // the node ended
            }
            listening.complete(null);
        }, "node-out-" + name);
        reader.setDaemon(true);
        reader.start();
        try {
            String port = listening.get(60, TimeUnit.SECONDS);
            if (port == null) {
                throw new IOException("node " + name + " ended before listening; see " + logs.resolve(name + ".log"));
            }
            return new NodeProcess(name, process, port, done);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("node " + name + " did not listen within 60 s; see " + logs.resolve(name + ".log"), e);
        }
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    /** Where IRC clients connect to this node. */
    InetSocketAddress ircAddress() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), ircPort);
    }

    /** Gives the node one command line (see {@link ClusterNode}) and waits until it carried it out. */
    void command(String line) throws IOException, InterruptedException {
        commands(List.of(line));
    }

    /** Gives the node {@code lines} at once, then waits until it carried out every one (in order). */
    void commands(List<String> lines) throws IOException, InterruptedException {
        StringBuilder all = new StringBuilder();
        lines.forEach(line -> all.append(line).append('\n'));
        process.getOutputStream().write(all.toString().getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        for (String line : lines) {
            String finished = done.poll(30, TimeUnit.SECONDS);
            if (!line.equals(finished)) {
                throw new AssertionError("node " + name + " did not carry out '" + line + "' within 30 s: " + finished);
            }
        }
    }

    /** SIGSTOP: the node's JVM stands still (a pause), its connections open. */
    void pause() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** SIGCONT after {@link #pause}. */
    void resume() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new AssertionError("kill " + signal + " " + process.pid() + " failed");
        }
    }

    /** SIGKILL: the node stops without a goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError("node " + name + " did not end within 20 s of SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        if (process.isAlive()) {
            process.getOutputStream().close(); // the end of its stdin stops it
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        }
    }
}
