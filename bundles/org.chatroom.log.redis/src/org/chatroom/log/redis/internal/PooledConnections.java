package org.chatroom.log.redis.internal;

import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;

import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The connections of {@link RedisAccess}'s pool. Jedis' own factory does the same, but prints a warning with a stack
 * trace on stderr for every idle connection its check finds broken, which during an outage is each pooled connection,
 * about 25 lines apiece on a headless server's console; the log tells of the outage itself, once. Here a connection
 * that fails its check is simply replaced.
 */
final class PooledConnections extends BasePooledObjectFactory<Jedis> {

    private final HostAndPort address;
    private final JedisClientConfig config;

    PooledConnections(HostAndPort address, JedisClientConfig config) {
        this.address = address;
        this.config = config;
    }

    @Override
    public Jedis create() {
        return new Jedis(address, config); // connects, authenticates and names the client, or throws
    }

    @Override
    public PooledObject<Jedis> wrap(Jedis jedis) {
        return new DefaultPooledObject<>(jedis);
    }

    /** Whether an idle connection still answers; a broken one is dropped from the pool (and a new one made). */
    @Override
    public boolean validateObject(PooledObject<Jedis> pooled) {
        Jedis jedis = pooled.getObject();
        try {
            return jedis.isConnected() && !jedis.isBroken() && "PONG".equals(jedis.ping());
        } catch (JedisException e) {
            return false;
        }
    }

    @Override
    public void destroyObject(PooledObject<Jedis> pooled) {
        try {
            pooled.getObject().disconnect(); // not close(): that would hand it back to the pool
        } catch (JedisException e) {
            // broken already: nothing to close
        }
    }
}
