package org.chatroom.cluster.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.chatroom.room.internal.BanFile;
import org.chatroom.testing.RedisServer;

/**
 * Three (or more) {@link NodeProcess nodes} on one real redis-server with one key prefix, started at once, and the
 * members the test opened; closes them all.
 */
final class Cluster implements AutoCloseable {

    final RedisServer redis;
    final List<NodeProcess> nodes = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    private final Path folder;
    private final String prefix = "cluster-" + UUID.randomUUID() + ":";
    private final List<String> settings;

    private Cluster(RedisServer redis, Path folder, List<String> settings) {
        this.redis = redis;
        this.folder = folder;
        this.settings = settings;
    }

    static Cluster start(Path folder, int count) throws IOException, InterruptedException {
        return start(folder, count, List.of());
    }

    /** As {@link #start(Path, int)}, every node with the Redis settings {@code KEY=NUMBER} overridden. */
    static Cluster start(Path folder, int count, List<String> settings) throws IOException, InterruptedException {
        Cluster cluster = new Cluster(RedisServer.start(folder.resolve("redis")), folder, List.copyOf(settings));
        String prefix = cluster.prefix;
        try {
            List<CompletableFuture<NodeProcess>> starting = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String name = "node" + i;
                starting.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return NodeProcess.start(name, cluster.redis, prefix, folder, settings);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }));
            }
            for (CompletableFuture<NodeProcess> node : starting) {
                cluster.nodes.add(node.join());
            }
            return cluster;
        } catch (CompletionException e) {
            cluster.close();
            throw new IOException(e.getCause());
        }
    }

    NodeProcess node(int number) {
        return nodes.get(number - 1);
    }

    /** Stops node {@code number} (as its host would: its members and names are released). */
    void stop(int number) throws IOException, InterruptedException {
        node(number).close();
    }

    /** Starts node {@code number} again, with the same Redis user, key prefix and files. */
    void restart(int number) throws IOException, InterruptedException {
        NodeProcess old = node(number);
        old.close();
        nodes.set(number - 1, NodeProcess.start(old.name, redis, prefix, folder, settings));
    }

    /** As {@link #restart}, node {@code number} reaching Redis through {@code proxy}. */
    void restartThrough(int number, StallingProxy proxy) throws IOException, InterruptedException {
        NodeProcess old = node(number);
        old.close();
        nodes.set(number - 1, NodeProcess.start(old.name, redis, proxy.address(), prefix, folder, settings));
    }

    /** The cluster's Redis key {@code name} (with its prefix), e.g. {@code nodes}, the set of the nodes. */
    String key(String name) {
        return prefix + name;
    }

    /**
     * Node {@code number}'s Redis user may read every key but write no room's settings (the keys ending in
     * {@code :settings}) until {@link #letWriteSettings}.
     */
    void denySettingsWrites(int number) throws IOException, InterruptedException {
        redis.cli("ACL", "SETUSER", node(number).name, "resetkeys", "%R~*", "~*[^s]", "~*[^g]s");
    }

    void letWriteSettings(int number) throws IOException, InterruptedException {
        redis.cli("ACL", "SETUSER", node(number).name, "resetkeys", "~*");
    }

    /** Waits until the settings of {@code room} in Redis hold {@code value} for {@code key} (bounded). */
    void awaitSetting(String room, String key, String value) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        String kept;
        while (!(kept = redis.cli("HGET", prefix + "{" + room + "}:settings", key).strip()).equals(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the settings of " + room + " keep " + key + " = '" + kept + "', not "
                        + value);
            }
            Thread.sleep(50); // polls Redis for the condition
        }
    }

    /**
     * Writes into Redis that {@code name} is a member of {@code room} on another node, as that node does before it
     * appends the member's join: what every node sees until the join is delivered to it.
     */
    void recordMemberElsewhere(String room, String name) throws IOException, InterruptedException {
        redis.cli("HSET", prefix + "{" + room + "}:members", name, "another-node");
    }

    /** The server-wide bans node {@code number} keeps in its file (none when it has no file). */
    List<String> savedBans(int number) throws IOException {
        return new BanFile(NodeProcess.banFile(folder, node(number).name)).read();
    }

    /** Connects to node {@code node} with the name {@code name}, in no room yet ({@code chatroom/2}). */
    Member named(int node, String name) throws IOException, InterruptedException {
        Member member = Member.named(node(node).address(), name);
        members.add(member);
        return member;
    }

    Member join(int node, String name, Member.Protocol protocol) throws IOException, InterruptedException {
        Member member = Member.join(node(node).address(), name, protocol);
        members.add(member);
        return member;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        for (Member member : members) {
            member.close();
        }
        for (NodeProcess node : nodes) {
            node.close();
        }
        redis.close();
    }
}
