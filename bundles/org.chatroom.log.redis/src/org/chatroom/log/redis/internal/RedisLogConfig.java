package org.chatroom.log.redis.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the Redis room log (PID {@value #PID}; factory configurations of the same PID give more instances,
 * e.g. two "nodes" in one test). The component only starts when configured. Names and descriptions for configuration
 * tools are in OSGI-INF/l10n/bundle.properties, keys {@code redis.config.*}. The password is never a property: it is
 * read from {@link #password_file()}, so it does not sit in Configuration Admin's store, and it is never logged.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/bundle", name = "%redis.config.name",
        description = "%redis.config.description")
public @interface RedisLogConfig {

    /** Configuration PID. */
    String PID = "org.chatroom.log.redis";

    @AttributeDefinition(name = "%redis.config.address.name", description = "%redis.config.address.description")
    String address() default "127.0.0.1:6379";

    @AttributeDefinition(name = "%redis.config.tls.name", description = "%redis.config.tls.description")
    boolean tls() default false;

    @AttributeDefinition(name = "%redis.config.tls_truststore.name",
            description = "%redis.config.tls_truststore.description")
    String tls_truststore() default "";

    @AttributeDefinition(name = "%redis.config.user.name", description = "%redis.config.user.description")
    String user() default "";

    @AttributeDefinition(name = "%redis.config.password_file.name",
            description = "%redis.config.password_file.description")
    String password_file() default "";

    @AttributeDefinition(name = "%redis.config.key_prefix.name", description = "%redis.config.key_prefix.description")
    String key_prefix() default "chatroom:";

    @AttributeDefinition(name = "%redis.config.retention_max_events.name",
            description = "%redis.config.retention_max_events.description", min = "0")
    long retention_max_events() default 100_000;

    @AttributeDefinition(name = "%redis.config.retention_max_age_hours.name",
            description = "%redis.config.retention_max_age_hours.description", min = "0")
    long retention_max_age_hours() default 0;

    @AttributeDefinition(name = "%redis.config.timeout_millis.name",
            description = "%redis.config.timeout_millis.description", min = "100")
    int timeout_millis() default 2_000;

    @AttributeDefinition(name = "%redis.config.block_millis.name",
            description = "%redis.config.block_millis.description", min = "100")
    int block_millis() default 5_000;

    @AttributeDefinition(name = "%redis.config.retry_max_millis.name",
            description = "%redis.config.retry_max_millis.description", min = "10")
    int retry_max_millis() default 5_000;

    @AttributeDefinition(name = "%redis.config.read_batch.name", description = "%redis.config.read_batch.description",
            min = "1")
    int read_batch() default 1_000;

    @AttributeDefinition(name = "%redis.config.append_batch.name",
            description = "%redis.config.append_batch.description", min = "1")
    int append_batch() default 2_000;

    @AttributeDefinition(name = "%redis.config.append_queue.name",
            description = "%redis.config.append_queue.description", min = "1")
    int append_queue() default 20_000;

    @AttributeDefinition(name = "%redis.config.search_scan_events.name",
            description = "%redis.config.search_scan_events.description", min = "1")
    int search_scan_events() default 20_000;

    @AttributeDefinition(name = "%redis.config.heartbeat_millis.name",
            description = "%redis.config.heartbeat_millis.description", min = "50")
    int heartbeat_millis() default 2_000;

    @AttributeDefinition(name = "%redis.config.node_expiry_millis.name",
            description = "%redis.config.node_expiry_millis.description", min = "100")
    int node_expiry_millis() default 10_000;

    @AttributeDefinition(name = "%redis.config.pool_size.name", description = "%redis.config.pool_size.description",
            min = "1")
    int pool_size() default 16;
}
