package org.chatroom.transport.tls.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Option;

/**
 * Configuration of the TLS server transport (PID {@value #PID}) but its admission limits, which are
 * {@link org.chatroom.transport.socket.connection.AddressLimitsConfig}. Names and descriptions for configuration tools
 * (the metatype bnd generates for {@link TlsTransportMetatype}) are in OSGI-INF/l10n/bundle.properties, keys
 * {@code tls.config.*}.
 */
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

    @AttributeDefinition(name = "%tls.config.engine.name", description = "%tls.config.engine.description",
            options = { @Option(value = "auto", label = "%tls.config.engine.auto"),
                    @Option(value = "jdk", label = "%tls.config.engine.jdk"),
                    @Option(value = "native", label = "%tls.config.engine.native") })
    String engine() default "auto";

    @AttributeDefinition(name = "%tls.config.handshake_threads.name",
            description = "%tls.config.handshake_threads.description", min = "0")
    int handshake_threads() default 0;
}
