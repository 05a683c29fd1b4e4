package org.chatroom.room.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the room (PID {@code org.chatroom.room}); the defaults here are the product's defaults. */
@ObjectClassDefinition(name = "Chatroom room", description = "Where the in-process room listens and its limits")
public @interface RoomConfig {

    @AttributeDefinition(name = "Port", description = "TCP port members connect to; 0 picks a free one", min = "0",
            max = "65535")
    int port() default 53000;

    @AttributeDefinition(name = "Bind address", description = "Local address to listen on; empty for all interfaces")
    String bind_address() default "";

    @AttributeDefinition(name = "Longest message", description = "Bytes of UTF-8 text one message may have", min = "1")
    int max_message_bytes() default 4096;

    @AttributeDefinition(name = "Outbound queue", description = "Bytes that may wait for one member before it is "
            + "disconnected as too slow", min = "1024")
    int max_queued_bytes() default 1 << 20;

    @AttributeDefinition(name = "Messages per second", description = "Sustained rate one member may send; 0 for "
            + "no limit", min = "0")
    double rate_per_second() default 20;

    @AttributeDefinition(name = "Burst", description = "Messages one member may send at once above the rate",
            min = "1")
    int rate_burst() default 40;

    @AttributeDefinition(name = "Longest name", description = "Characters (code points) a name may have", min = "1")
    int max_name_length() default 32;

    @AttributeDefinition(name = "Password", description = "Password members must give before choosing a name; "
            + "empty for none. Original-protocol clients cannot give one and are refused. The key is .password: the "
            + "leading dot keeps it out of the service properties", type = AttributeType.PASSWORD)
    String _password() default "";

    @AttributeDefinition(name = "Password tries", description = "Wrong or missing passwords one connection may "
            + "send before it is closed", min = "1")
    int password_attempts() default 3;

    @AttributeDefinition(name = "Handshake timeout", description = "Seconds a connection may take to choose a name "
            + "before it is told and closed", min = "1")
    int handshake_timeout_seconds() default 60;

    @AttributeDefinition(name = "Transport", description = "Filter selecting the server transport service, "
            + "e.g. (chat.transport=tcp)")
    String transport_target() default "(chat.transport=tcp)";

    @AttributeDefinition(name = "TLS port", description = "Port of a second, TLS listener feeding the same room "
            + "(e.g. 53443); 0 for none. Needs a TLS transport bundle", min = "0", max = "65535")
    int tls_port() default 0;

    @AttributeDefinition(name = "TLS transport", description = "Filter selecting the server transport of the TLS "
            + "listener, e.g. (chat.transport=tls)")
    String tls_transport_target() default "(chat.transport=tls)";
}
