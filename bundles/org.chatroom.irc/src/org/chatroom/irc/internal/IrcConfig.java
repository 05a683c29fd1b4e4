package org.chatroom.irc.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the IRC listener (PID {@code org.chatroom.irc}); texts in OSGI-INF/l10n/bundle.properties, keys
 * {@code irc.config.*}. Without a configuration the listener listens only when a host opens it.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/bundle", name = "%irc.config.name",
        description = "%irc.config.description")
public @interface IrcConfig {

    @AttributeDefinition(name = "%irc.config.port.name", description = "%irc.config.port.description", min = "0",
            max = "65535")
    int port() default 6667;

    @AttributeDefinition(name = "%irc.config.tls_port.name", description = "%irc.config.tls_port.description",
            min = "-1", max = "65535")
    int tls_port() default 6697;

    @AttributeDefinition(name = "%irc.config.bind_address.name", description = "%irc.config.bind_address.description")
    String bind_address() default "";

    @AttributeDefinition(name = "%irc.config.server_name.name", description = "%irc.config.server_name.description")
    String server_name() default "chatroom.local";

    @AttributeDefinition(name = "%irc.config.network.name", description = "%irc.config.network.description")
    String network() default "Chatroom";

    @AttributeDefinition(name = "%irc.config.motd.name", description = "%irc.config.motd.description")
    String motd() default "Welcome to Chatroom over IRC.\\nChannels are the rooms: #general is the default room.";

    @AttributeDefinition(name = "%irc.config.registration_timeout_seconds.name",
            description = "%irc.config.registration_timeout_seconds.description", min = "1")
    int registration_timeout_seconds() default 60;

    @AttributeDefinition(name = "%irc.config.ping_seconds.name", description = "%irc.config.ping_seconds.description",
            min = "1")
    int ping_seconds() default 120;

    @AttributeDefinition(name = "%irc.config.max_targets.name", description = "%irc.config.max_targets.description",
            min = "1")
    int max_targets() default 4;

    @AttributeDefinition(name = "%irc.config.max_queued_bytes.name",
            description = "%irc.config.max_queued_bytes.description", min = "1024")
    int max_queued_bytes() default 1 << 20;

    @AttributeDefinition(name = "%irc.config.chathistory_max.name",
            description = "%irc.config.chathistory_max.description", min = "1")
    int chathistory_max() default 100;

    @AttributeDefinition(name = "%irc.config.chathistory_scan_events.name",
            description = "%irc.config.chathistory_scan_events.description", min = "1")
    int chathistory_scan_events() default 5000;

    @AttributeDefinition(name = "%irc.config.operators.name", description = "%irc.config.operators.description")
    String[] operators() default {};

    @AttributeDefinition(name = "%irc.config.accounts.name", description = "%irc.config.accounts.description")
    String[] accounts() default {};

    @AttributeDefinition(name = "%irc.config.sasl_required.name",
            description = "%irc.config.sasl_required.description")
    boolean sasl_required() default false;

    @AttributeDefinition(name = "%irc.config.sasl_attempts.name",
            description = "%irc.config.sasl_attempts.description", min = "1")
    int sasl_attempts() default 3;

    @AttributeDefinition(name = "%irc.config.transport_target.name",
            description = "%irc.config.transport_target.description")
    String transport_target() default "(chat.transport=tcp)";

    @AttributeDefinition(name = "%irc.config.tls_transport_target.name",
            description = "%irc.config.tls_transport_target.description")
    String tls_transport_target() default "(chat.transport=tls)";
}
