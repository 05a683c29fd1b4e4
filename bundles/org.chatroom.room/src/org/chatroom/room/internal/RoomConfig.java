package org.chatroom.room.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the room (PID {@code org.chatroom.room}); the defaults here are the product's defaults. */
@ObjectClassDefinition(name = "Chatroom room", description = "Where the in-process room listens and its limits")
public @interface RoomConfig {

    @AttributeDefinition(name = "Port", description = "TCP port members connect to", min = "0", max = "65535")
    int port() default 53000;

    @AttributeDefinition(name = "Bind address", description = "Local address to listen on; empty for all interfaces")
    String bind_address() default "";
}
