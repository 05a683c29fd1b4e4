package org.chatroom.client.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the chat client (PID {@value #PID}).
 * Names and descriptions for configuration tools (the metatype bnd generates from this annotation) are in
 * OSGI-INF/l10n/bundle.properties, keys {@code client.config.*}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/bundle", name = "%client.config.name",
        description = "%client.config.description")
public @interface ClientConfig {

    String PID = "org.chatroom.client";

    @AttributeDefinition(name = "%client.config.transport_target.name",
            description = "%client.config.transport_target.description")
    String transport_target() default "(chat.transport=tcp)";

    @AttributeDefinition(name = "%client.config.tls_transport_target.name",
            description = "%client.config.tls_transport_target.description")
    String tls_transport_target() default "(chat.transport=tls)";

    @AttributeDefinition(name = "%client.config.max_frame_bytes.name",
            description = "%client.config.max_frame_bytes.description", min = "1024")
    int max_frame_bytes() default 1 << 20;

    @AttributeDefinition(name = "%client.config.max_queued_bytes.name",
            description = "%client.config.max_queued_bytes.description", min = "1024")
    int max_queued_bytes() default 1 << 20;

    @AttributeDefinition(name = "%client.config.hello_timeout_millis.name",
            description = "%client.config.hello_timeout_millis.description")
    long hello_timeout_millis() default 2000;

    @AttributeDefinition(name = "%client.config.reconnect_initial_millis.name",
            description = "%client.config.reconnect_initial_millis.description")
    long reconnect_initial_millis() default 1000;

    @AttributeDefinition(name = "%client.config.reconnect_max_millis.name",
            description = "%client.config.reconnect_max_millis.description")
    long reconnect_max_millis() default 30_000;
}
