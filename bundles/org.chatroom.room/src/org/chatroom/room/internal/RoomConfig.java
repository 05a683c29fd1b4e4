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

    @AttributeDefinition(name = "%room.config.default_room.name", description = "%room.config.default_room.description")
    String default_room() default "general";

    @AttributeDefinition(name = "%room.config.roomlog_target.name",
            description = "%room.config.roomlog_target.description")
    String roomlog_target() default "(chat.roomlog=sqlite)";

    @AttributeDefinition(name = "%room.config.max_room_name_length.name",
            description = "%room.config.max_room_name_length.description", min = "1")
    int max_room_name_length() default 32;

    @AttributeDefinition(name = "%room.config.max_rooms.name", description = "%room.config.max_rooms.description",
            min = "1")
    int max_rooms() default 100;

    @AttributeDefinition(name = "%room.config.max_rooms_per_member.name",
            description = "%room.config.max_rooms_per_member.description", min = "1")
    int max_rooms_per_member() default 20;

    @AttributeDefinition(name = "%room.config.max_members_per_room.name",
            description = "%room.config.max_members_per_room.description", min = "1")
    int max_members_per_room() default 10000;

    @AttributeDefinition(name = "%room.config.members_create_rooms.name",
            description = "%room.config.members_create_rooms.description")
    boolean members_create_rooms() default true;

    @AttributeDefinition(name = "%room.config.history_on_join.name",
            description = "%room.config.history_on_join.description", min = "0")
    int history_on_join() default 50;

    @AttributeDefinition(name = "%room.config.history_max_page.name",
            description = "%room.config.history_max_page.description", min = "1")
    int history_max_page() default 200;

    @AttributeDefinition(name = "%room.config.history_max_resume.name",
            description = "%room.config.history_max_resume.description", min = "1")
    int history_max_resume() default 10000;

    @AttributeDefinition(name = "%room.config.search_max_results.name",
            description = "%room.config.search_max_results.description", min = "1")
    int search_max_results() default 50;

    @AttributeDefinition(name = "%room.config.joins_per_minute.name",
            description = "%room.config.joins_per_minute.description", min = "0")
    double joins_per_minute() default 30;

    @AttributeDefinition(name = "%room.config.joins_burst.name", description = "%room.config.joins_burst.description",
            min = "1")
    int joins_burst() default 10;

    @AttributeDefinition(name = "%room.config.retention_events.name",
            description = "%room.config.retention_events.description", min = "0")
    int retention_events() default 0;

    @AttributeDefinition(name = "%room.config.retention_days.name",
            description = "%room.config.retention_days.description", min = "0")
    int retention_days() default 0;

    @AttributeDefinition(name = "%room.config.original_history.name",
            description = "%room.config.original_history.description", min = "0")
    int original_history() default 0;
}
