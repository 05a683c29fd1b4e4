package org.chatroom.log.redis.tests;

import org.chatroom.testing.RedisServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chatroom.api.log.ClusterPresence;
import org.chatroom.api.log.RoomLog;
import org.chatroom.log.redis.internal.RedisLogConfig;
import org.chatroom.testing.Services;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Redis room log "nodes": instances of the real DS components (log and presence), one pair per factory configuration
 * of their PID, all on one Redis with one key prefix (a cluster of servers), as a server would be configured. Each
 * test gets its own prefix.
 */
final class Nodes implements AutoCloseable {

    /** One node's services and its configuration. */
    record Node(Configuration configuration, RoomLog log, ClusterPresence presence) {
    }

    private final RedisServer redis;
    private final String prefix = "test-" + UUID.randomUUID() + ":";
    private final List<Configuration> configurations = new ArrayList<>();

    Nodes(RedisServer redis) {
        this.redis = redis;
    }

    /** The key prefix of this test's nodes. */
    String prefix() {
        return prefix;
    }

    /** A new node's {@link RoomLog}, configured through Configuration Admin. */
    RoomLog node(String name) throws Exception {
        return start(name, Map.of()).log();
    }

    RoomLog node(String name, Map<String, Object> settings) throws Exception {
        return start(name, settings).log();
    }

    /** A new node with {@code settings} over the defaults of the tests (short retry and wait times). */
    Node start(String name, Map<String, Object> settings) throws Exception {
        String id = name + "-" + UUID.randomUUID();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("address", redis.address());
        properties.put("password.file", redis.passwordFile().toString());
        properties.put("key.prefix", prefix);
        properties.put("retry.max.millis", 200);
        properties.put("block.millis", 1_000);
        properties.put("timeout.millis", 1_000);
        properties.put("node", id);
        settings.forEach(properties::put);
        ConfigurationAdmin admin = Services.get(ConfigurationAdmin.class, "");
        Configuration configuration = admin.getFactoryConfiguration(RedisLogConfig.PID, id, "?");
        configuration.update(properties);
        configurations.add(configuration);
        String filter = "(&(" + RoomLog.TYPE + "=redis)(node=" + id + "))";
        return new Node(configuration, Services.get(RoomLog.class, filter), Services.get(ClusterPresence.class, filter));
    }

    /** Stops the node: Declarative Services deactivates its components. */
    void stop(Node node) throws IOException {
        configurations.remove(node.configuration());
        node.configuration().delete();
    }

    @Override
    public void close() throws IOException {
        for (Configuration configuration : configurations) {
            configuration.delete();
        }
    }
}
