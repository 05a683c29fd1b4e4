package org.chatroom.log.redis.tests;

import org.chatroom.testing.RedisServer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * One real redis-server for a test class (in a temporary folder), and a fresh set of {@link Nodes} with their own key
 * prefix for each test. Register with {@code @RegisterExtension static final SharedRedis redis = new SharedRedis();}.
 */
final class SharedRedis implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private Path folder;
    private RedisServer server;
    private Nodes nodes;

    RedisServer server() {
        return server;
    }

    Nodes nodes() {
        return nodes;
    }

    Path folder() {
        return folder;
    }

    /** A connection of the test's own to the server, as its administrator (the default user). */
    Jedis admin() {
        return new Jedis(HostAndPort.from(server.address()),
                DefaultJedisClientConfig.builder().password(RedisServer.PASSWORD).build());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("chatroom-redis-");
        server = RedisServer.start(folder);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        nodes = new Nodes(server);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        nodes.close();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.close();
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
