package org.chatroom.log.memory.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the memory room log (PID {@value MemoryRoomLog#PID}); texts in OSGI-INF/l10n/bundle.properties. */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/bundle", name = "%log.memory.config.name",
        description = "%log.memory.config.description")
public @interface MemoryLogConfig {

    @AttributeDefinition(name = "%log.memory.config.keep_events.name",
            description = "%log.memory.config.keep_events.description", min = "1")
    int keep_events() default 1000;
}
