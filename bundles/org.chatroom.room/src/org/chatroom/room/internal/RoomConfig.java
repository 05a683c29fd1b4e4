package org.chatroom.room.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the room (PID {@code org.chatroom.room}); the defaults here are the product's defaults.
 * Names and descriptions for configuration tools (the metatype bnd generates from this annotation) are in
 * OSGI-INF/l10n/bundle.properties, keys {@code room.config.*}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/bundle", name = "%room.config.name",
        description = "%room.config.description")
public @interface RoomConfig {

    @AttributeDefinition(name = "%room.config.port.name", description = "%room.config.port.description", min = "0",
            max = "65535")
    int port() default 53000;

    @AttributeDefinition(name = "%room.config.bind_address.name", description = "%room.config.bind_address.description")
    String bind_address() default "";

    @AttributeDefinition(name = "%room.config.max_message_bytes.name",
            description = "%room.config.max_message_bytes.description", min = "1")
    int max_message_bytes() default 4096;

    @AttributeDefinition(name = "%room.config.max_queued_bytes.name",
            description = "%room.config.max_queued_bytes.description", min = "1024")
    int max_queued_bytes() default 1 << 20;

    @AttributeDefinition(name = "%room.config.rate_per_second.name",
            description = "%room.config.rate_per_second.description", min = "0")
    double rate_per_second() default 20;

    @AttributeDefinition(name = "%room.config.rate_burst.name", description = "%room.config.rate_burst.description",
            min = "1")
    int rate_burst() default 40;

    @AttributeDefinition(name = "%room.config.max_name_length.name",
            description = "%room.config.max_name_length.description", min = "1")
    int max_name_length() default 32;

    @AttributeDefinition(name = "%room.config._password.name", description = "%room.config._password.description",
            type = AttributeType.PASSWORD)
    String _password() default "";

    @AttributeDefinition(name = "%room.config.password_attempts.name",
            description = "%room.config.password_attempts.description", min = "1")
    int password_attempts() default 3;

    @AttributeDefinition(name = "%room.config.password_delay_millis.name",
            description = "%room.config.password_delay_millis.description", min = "0")
    int password_delay_millis() default 1000;

    @AttributeDefinition(name = "%room.config.password_lockout_failures.name",
            description = "%room.config.password_lockout_failures.description", min = "1")
    int password_lockout_failures() default 10;

    @AttributeDefinition(name = "%room.config.password_lockout_seconds.name",
            description = "%room.config.password_lockout_seconds.description", min = "1")
    int password_lockout_seconds() default 300;

    @AttributeDefinition(name = "%room.config.handshake_timeout_seconds.name",
            description = "%room.config.handshake_timeout_seconds.description", min = "1")
    int handshake_timeout_seconds() default 60;

    @AttributeDefinition(name = "%room.config.transport_target.name",
            description = "%room.config.transport_target.description")
    String transport_target() default "(chat.transport=tcp)";

    @AttributeDefinition(name = "%room.config.tls_port.name", description = "%room.config.tls_port.description",
            min = "0", max = "65535")
    int tls_port() default 0;

    @AttributeDefinition(name = "%room.config.tls_transport_target.name",
            description = "%room.config.tls_transport_target.description")
    String tls_transport_target() default "(chat.transport=tls)";
}
