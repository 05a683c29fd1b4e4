package org.chatroom.log.sqlite.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the SQLite room log (PID {@value SqliteRoomLog#PID}); the defaults are the product's. Names and
 * descriptions for configuration tools are in OSGI-INF/l10n/bundle.properties, keys {@code log.config.*}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/bundle", name = "%log.config.name",
        description = "%log.config.description")
public @interface SqliteLogConfig {

    @AttributeDefinition(name = "%log.config.folder.name", description = "%log.config.folder.description")
    String folder() default "";

    @AttributeDefinition(name = "%log.config.batch_max_events.name",
            description = "%log.config.batch_max_events.description", min = "1")
    int batch_max_events() default 4096;

    @AttributeDefinition(name = "%log.config.queue_limit.name", description = "%log.config.queue_limit.description",
            min = "1")
    int queue_limit() default 100_000;

    @AttributeDefinition(name = "%log.config.trim_per_batch.name",
            description = "%log.config.trim_per_batch.description", min = "1")
    int trim_per_batch() default 2048;

    @AttributeDefinition(name = "%log.config.retention_max_events.name",
            description = "%log.config.retention_max_events.description", min = "0")
    long retention_max_events() default 0;

    @AttributeDefinition(name = "%log.config.retention_max_age_days.name",
            description = "%log.config.retention_max_age_days.description", min = "0")
    int retention_max_age_days() default 0;

    @AttributeDefinition(name = "%log.config.read_connections.name",
            description = "%log.config.read_connections.description", min = "1", max = "64")
    int read_connections() default 4;

    @AttributeDefinition(name = "%log.config.full_check_at_start.name",
            description = "%log.config.full_check_at_start.description")
    boolean full_check_at_start() default false;

    @AttributeDefinition(name = "%log.config.sync_each_commit.name",
            description = "%log.config.sync_each_commit.description")
    boolean sync_each_commit() default true;

    @AttributeDefinition(name = "%log.config.wal_limit_mb.name", description = "%log.config.wal_limit_mb.description",
            min = "1")
    int wal_limit_mb() default 16;

    @AttributeDefinition(name = "%log.config.words_per_round.name",
            description = "%log.config.words_per_round.description", min = "1")
    int words_per_round() default 256;

    @AttributeDefinition(name = "%log.config.words_delay_ms.name",
            description = "%log.config.words_delay_ms.description", min = "0")
    int words_delay_ms() default 1000;
}
