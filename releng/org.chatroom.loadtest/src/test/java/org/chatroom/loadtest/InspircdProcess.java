package org.chatroom.loadtest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's InspIRCd on a free loopback port, from a temporary folder, with the benchmark's configuration
 * (releng/scripts/lib/inspircd.conf: flood limits lifted), in the foreground as the current user.
 */
final class InspircdProcess implements AutoCloseable {

    private static final long START_MILLIS = 15_000;

    private final Path folder;
    private final Process process;
    private final int port;

    InspircdProcess() throws IOException, InterruptedException {
        String template = System.getProperty("chatroom.inspircdConf", "../scripts/lib/inspircd.conf");
        folder = Files.createTempDirectory("inspircd");
        port = freePort();
        Path conf = folder.resolve("inspircd.conf");
        Files.writeString(conf, Files.readString(Path.of(template)).replace("@DIR@", folder.toString())
                .replace("@PORT@", Integer.toString(port)));
        Files.writeString(folder.resolve("motd"), "load test\n");
        ProcessBuilder builder = new ProcessBuilder("inspircd", "--nofork", "--config=" + conf);
        if ("root".equals(System.getProperty("user.name"))) {
            builder.command().add("--runasroot"); // it refuses root otherwise; a test machine may run as root
        }
        process = builder.redirectErrorStream(true).redirectOutput(folder.resolve("out.txt").toFile()).start();
        awaitListening();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_MILLIS);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        String out = Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8);
        close();
        throw new IllegalStateException("InspIRCd did not start: " + out);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws IOException {
        Processes.stop(process);
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
