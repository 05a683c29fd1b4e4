package org.chatroom.log.redis.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chatroom.api.log.RoomLog;
import org.chatroom.log.redis.internal.RedisLogConfig;
import org.chatroom.testing.Services;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Redis room log "nodes": instances of the real DS component, one per factory configuration of its PID, all on one
 * Redis with one key prefix (a cluster of servers), as a server would be configured. Each test gets its own prefix.
 */
final class Nodes implements AutoCloseable {

    private final RedisServer redis;
    private final String prefix = "test-" + UUID.randomUUID() + ":";
    private final List<Configuration> configurations = new ArrayList<>();

    Nodes(RedisServer redis) {
        this.redis = redis;
    }

    /** A new node's {@link RoomLog}, configured through Configuration Admin. */
    RoomLog node(String name) throws Exception {
        return node(name, Map.of());
    }

    RoomLog node(String name, Map<String, Object> settings) throws Exception {
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
        return Services.get(RoomLog.class, "(&(" + RoomLog.TYPE + "=redis)(node=" + id + "))");
    }

    @Override
    public void close() throws IOException {
        for (Configuration configuration : configurations) {
            configuration.delete();
        }
    }
}
