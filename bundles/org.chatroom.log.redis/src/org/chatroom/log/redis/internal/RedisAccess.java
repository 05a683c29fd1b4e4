package org.chatroom.log.redis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.chatroom.api.log.RoomLogException;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The connections to Redis: a bounded pool for appends and reads, and dedicated connections for the followers'
 * blocking reads. Credentials and TLS from the configuration; the password from its file, kept only here.
 */
final class RedisAccess implements AutoCloseable {

    /** One call on a pooled connection. */
    @FunctionalInterface
    interface Call<T> {
        T on(Jedis jedis);
    }

    private final HostAndPort address;
    private final DefaultJedisClientConfig clientConfig;
    private final DefaultJedisClientConfig followConfig;
    private final JedisPool pool;

    RedisAccess(RedisLogConfig config) {
        address = HostAndPort.from(config.address().trim());
        DefaultJedisClientConfig.Builder builder = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(config.timeout_millis()).socketTimeoutMillis(config.timeout_millis())
                .clientName("chatroom").autoNegotiateProtocol(false).resp2();
        if (!config.user().isBlank()) {
            builder.user(config.user().trim());
        }
        if (!config.password_file().isBlank()) {
            builder.password(password(Path.of(config.password_file().trim())));
        }
        if (config.tls()) {
            SSLParameters parameters = new SSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            builder.ssl(true).sslParameters(parameters);
            if (!config.tls_truststore().isBlank()) {
                builder.sslSocketFactory(trusting(Path.of(config.tls_truststore().trim())).getSocketFactory());
            }
        }
        clientConfig = builder.build();
        followConfig = DefaultJedisClientConfig.builder().from(clientConfig)
                .socketTimeoutMillis(config.block_millis() + config.timeout_millis())
                .blockingSocketTimeoutMillis(config.block_millis() + config.timeout_millis()).build();
        GenericObjectPoolConfig<Jedis> poolConfig = new GenericObjectPoolConfig<>();
        poolConfig.setMaxTotal(config.pool_size());
        poolConfig.setMaxIdle(config.pool_size());
        poolConfig.setMaxWait(java.time.Duration.ofMillis(config.timeout_millis()));
        poolConfig.setJmxEnabled(false);
        // idle connections are checked every second, so that few survive a Redis restart unnoticed
        poolConfig.setTestWhileIdle(true);
        poolConfig.setTimeBetweenEvictionRuns(java.time.Duration.ofSeconds(1));
        pool = new JedisPool(poolConfig, new PooledConnections(address, clientConfig));
    }

    /**
     * Runs {@code call}, which may safely run twice, on a pooled connection; after a broken connection (a pooled one
     * left from before a Redis restart) it tries once more on a new one. A Redis failure becomes a
     * {@link RoomLogException} saying why.
     */
    <T> T call(Call<T> call) throws RoomLogException {
        try {
            return once(call);
        } catch (RoomLogException e) {
            if (broken(e.getCause())) {
                return once(call);
            }
            throw e;
        }
    }

    /**
     * Runs {@code call} once (an append: a second run could log the event twice). After a broken connection the
     * pool's idle connections are dropped, so that the next calls connect anew.
     */
    <T> T once(Call<T> call) throws RoomLogException {
        try (Jedis jedis = pool.getResource()) {
            return call.on(jedis);
        } catch (JedisException e) {
            if (broken(e)) {
                pool.clear();
            }
            throw refusal(e);
        }
    }

    private static boolean broken(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JedisConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** A new connection of its own with the ordinary timeouts, for the writer of appends. */
    Jedis connection() {
        return new Jedis(address, clientConfig);
    }

    /** A new connection of its own, for a blocking read (also inside a pipeline: every answer may wait that long). */
    Jedis dedicated() {
        return new Jedis(address, followConfig);
    }

    /** Closes a dedicated connection that may already be broken; null is nothing to close. */
    static void closeQuietly(Jedis jedis) {
        if (jedis != null) {
            try {
                jedis.close();
            } catch (RuntimeException e) {
                // already broken
            }
        }
    }

    String address() {
        return address.toString();
    }

    /** The refusal for the member, by the innermost cause Jedis reports (the pool wraps what failed). */
    RoomLogException refusal(JedisException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof JedisAccessControlException || message.startsWith("NOAUTH")
                    || message.startsWith("WRONGPASS")) {
                return new RoomLogException(Messages.get("refused", address), e);
            }
            if (notReady(message)) {
                return new RoomLogException(Messages.get("not.ready", address), e);
            }
        }
        if (broken(e)) {
            return new RoomLogException(Messages.get("unreachable", address), e);
        }
        return new RoomLogException(Messages.get("failed", e.getMessage()), e);
    }

    /**
     * The errors of a Redis that answers but serves nobody for a while: still loading its data after a start, a
     * script running too long, a replica cut off from its primary, a key being moved. Each passes by itself.
     */
    static boolean notReady(String message) {
        return message != null && (message.startsWith("LOADING") || message.startsWith("BUSY")
                || message.startsWith("MASTERDOWN") || message.startsWith("TRYAGAIN"));
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String password(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new IOException("no password on its first line");
            }
            return lines.get(0);
        } catch (IOException e) {
            throw new IllegalStateException(Messages.get("password.file", file, e.getMessage()), e);
        }
    }

    private static SSLContext trusting(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, null);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(Messages.get("truststore", file, e.getMessage()), e);
        }
    }
}
