package org.chatroom.transport.socket.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the TCP transport (PID {@code org.chatroom.transport.socket}).
 * Names and descriptions for configuration tools (the metatype bnd generates from this annotation) are in
 * OSGI-INF/l10n/bundle.properties, keys {@code tcp.config.*}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/bundle", name = "%tcp.config.name",
        description = "%tcp.config.description")
public @interface SocketTransportConfig {

    /** Configuration PID. */
    String PID = "org.chatroom.transport.socket";

    @AttributeDefinition(name = "%tcp.config.io_threads.name", description = "%tcp.config.io_threads.description",
            min = "0")
    int io_threads() default 0;

    @AttributeDefinition(name = "%tcp.config.backlog.name", description = "%tcp.config.backlog.description", min = "1")
    int backlog() default 4096;

    @AttributeDefinition(name = "%tcp.config.close_grace_millis.name",
            description = "%tcp.config.close_grace_millis.description", min = "0")
    long close_grace_millis() default 2000;

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
