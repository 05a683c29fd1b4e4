package org.chatroom.transport.socket.connection;

import org.osgi.service.metatype.annotations.AttributeDefinition;

/**
 * The admission limits every listening transport reads from its own configuration PID: one definition for all of
 * them. A transport takes it as a second component property type beside its own configuration and turns it into
 * {@link AddressLimits} with {@link AddressLimits#of(AddressLimitsConfig)}; its metatype lists these attributes by an
 * {@code @ObjectClassDefinition} interface that extends both (bnd reads the attributes of extended types). The names
 * and descriptions are the keys {@code limit.*} of the transport bundle's localization. A limit of 0 is no limit.
 */
public @interface AddressLimitsConfig {

    @AttributeDefinition(name = "%limit.max_connections.name", description = "%limit.max_connections.description",
            min = "0")
    int max_connections() default 20_000;

    @AttributeDefinition(name = "%limit.max_connections_per_address.name",
            description = "%limit.max_connections_per_address.description", min = "0")
    int max_connections_per_address() default 64;

    @AttributeDefinition(name = "%limit.connections_per_second_per_address.name",
            description = "%limit.connections_per_second_per_address.description", min = "0")
    double connections_per_second_per_address() default 100;

    @AttributeDefinition(name = "%limit.connection_burst_per_address.name",
            description = "%limit.connection_burst_per_address.description", min = "1")
    int connection_burst_per_address() default 200;

    @AttributeDefinition(name = "%limit.max_handshakes_per_address.name",
            description = "%limit.max_handshakes_per_address.description", min = "0")
    int max_handshakes_per_address() default 16;

    @AttributeDefinition(name = "%limit.refusal_log_interval_seconds.name",
            description = "%limit.refusal_log_interval_seconds.description", min = "0")
    long refusal_log_interval_seconds() default 60;

    @AttributeDefinition(name = "%limit.accept_pause_millis.name",
            description = "%limit.accept_pause_millis.description", min = "0")
    long accept_pause_millis() default 200;
}
