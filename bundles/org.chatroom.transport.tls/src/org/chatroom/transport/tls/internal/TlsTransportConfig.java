package org.chatroom.transport.tls.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the TLS server transport (PID {@value #PID}).
 * Names and descriptions for configuration tools (the metatype bnd generates from this annotation) are in
 * OSGI-INF/l10n/bundle.properties, keys {@code tls.config.*}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/bundle", name = "%tls.config.name",
        description = "%tls.config.description")
public @interface TlsTransportConfig {

    /** Configuration PID. */
    String PID = "org.chatroom.transport.tls";

    @AttributeDefinition(name = "%tls.config.keystore_path.name", description = "%tls.config.keystore_path.description")
    String keystore_path() default "";

    @AttributeDefinition(name = "%tls.config.keystore_password.name", type = AttributeType.PASSWORD,
            description = "%tls.config.keystore_password.description")
    String keystore_password() default "";

    @AttributeDefinition(name = "%tls.config.key_alias.name", description = "%tls.config.key_alias.description")
    String key_alias() default "";

    @AttributeDefinition(name = "%tls.config.handshake_timeout_millis.name",
            description = "%tls.config.handshake_timeout_millis.description", min = "100")
    long handshake_timeout_millis() default 10_000;

    @AttributeDefinition(name = "%tls.config.plain_probe_millis.name",
            description = "%tls.config.plain_probe_millis.description", min = "100")
    long plain_probe_millis() default 3_000;

    @AttributeDefinition(name = "%tls.config.close_grace_millis.name",
            description = "%tls.config.close_grace_millis.description", min = "0")
    long close_grace_millis() default 2_000;

    @AttributeDefinition(name = "%tls.config.backlog.name", description = "%tls.config.backlog.description", min = "1")
    int backlog() default 4096;

    @AttributeDefinition(name = "%tls.config.io_threads.name", description = "%tls.config.io_threads.description",
            min = "0")
    int io_threads() default 0;

    @AttributeDefinition(name = "%limit.max_connections.name", description = "%limit.max_connections.description",
            min = "1")
    int max_connections() default 20_000;

    @AttributeDefinition(name = "%limit.max_connections_per_address.name",
            description = "%limit.max_connections_per_address.description", min = "1")
    int max_connections_per_address() default 64;

    @AttributeDefinition(name = "%limit.connections_per_second_per_address.name",
            description = "%limit.connections_per_second_per_address.description", min = "0.001")
    double connections_per_second_per_address() default 100;

    @AttributeDefinition(name = "%limit.connection_burst_per_address.name",
            description = "%limit.connection_burst_per_address.description", min = "1")
    int connection_burst_per_address() default 200;

    @AttributeDefinition(name = "%limit.max_handshakes_per_address.name",
            description = "%limit.max_handshakes_per_address.description", min = "1")
    int max_handshakes_per_address() default 16;

    @AttributeDefinition(name = "%limit.refusal_log_interval_seconds.name",
            description = "%limit.refusal_log_interval_seconds.description", min = "0")
    long refusal_log_interval_seconds() default 60;

    @AttributeDefinition(name = "%limit.accept_pause_millis.name",
            description = "%limit.accept_pause_millis.description", min = "0")
    long accept_pause_millis() default 200;
}
