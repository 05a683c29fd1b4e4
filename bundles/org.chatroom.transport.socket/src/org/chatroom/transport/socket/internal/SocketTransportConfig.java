package org.chatroom.transport.socket.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;

/**
 * Configuration of the TCP transport (PID {@code org.chatroom.transport.socket}) but its admission limits, which are
 * {@link org.chatroom.transport.socket.connection.AddressLimitsConfig}. Names and descriptions for configuration tools
 * (the metatype bnd generates for {@link SocketTransportMetatype}) are in OSGI-INF/l10n/bundle.properties, keys
 * {@code tcp.config.*}.
 */
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
}
