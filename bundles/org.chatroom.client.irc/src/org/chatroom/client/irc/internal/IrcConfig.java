package org.chatroom.client.irc.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the IRC client (PID {@value #PID}); texts in OSGI-INF/l10n/bundle.properties, keys
 * {@code irc.config.*}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/bundle", name = "%irc.config.name",
        description = "%irc.config.description")
public @interface IrcConfig {

    String PID = "org.chatroom.client.irc";

    @AttributeDefinition(name = "%irc.config.chatroom_target.name",
            description = "%irc.config.chatroom_target.description")
    String chatroom_target() default "(!(chat.client=protocol-switch))";

    @AttributeDefinition(name = "%irc.config.max_line_bytes.name",
            description = "%irc.config.max_line_bytes.description", min = "128")
    int max_line_bytes() default 512;

    @AttributeDefinition(name = "%irc.config.max_received_bytes.name",
            description = "%irc.config.max_received_bytes.description", min = "512")
    int max_received_bytes() default 8191 + 512;

    @AttributeDefinition(name = "%irc.config.max_queued_lines.name",
            description = "%irc.config.max_queued_lines.description", min = "1")
    int max_queued_lines() default 1000;

    @AttributeDefinition(name = "%irc.config.ping_interval_seconds.name",
            description = "%irc.config.ping_interval_seconds.description", min = "1")
    int ping_interval_seconds() default 120;

    @AttributeDefinition(name = "%irc.config.register_timeout_seconds.name",
            description = "%irc.config.register_timeout_seconds.description", min = "1")
    int register_timeout_seconds() default 30;

    @AttributeDefinition(name = "%irc.config.nick_attempts.name",
            description = "%irc.config.nick_attempts.description", min = "0")
    int nick_attempts() default 5;

    @AttributeDefinition(name = "%irc.config.reconnect_initial_millis.name",
            description = "%irc.config.reconnect_initial_millis.description", min = "1")
    long reconnect_initial_millis() default 1000;

    @AttributeDefinition(name = "%irc.config.reconnect_max_millis.name",
            description = "%irc.config.reconnect_max_millis.description", min = "1")
    long reconnect_max_millis() default 60_000;
}
