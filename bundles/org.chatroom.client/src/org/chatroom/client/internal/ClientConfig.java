package org.chatroom.client.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the chat client (PID {@value #PID}). */
@ObjectClassDefinition(name = "Chatroom client", description = "Transport, limits and timing of the chat client")
public @interface ClientConfig {

    String PID = "org.chatroom.client";

    @AttributeDefinition(name = "Transport", description = "Target filter choosing the client transport")
    String transport_target() default "(chat.transport=tcp)";

    @AttributeDefinition(name = "TLS transport", description = "Target filter choosing the client transport used when "
            + "the settings ask for TLS")
    String tls_transport_target() default "(chat.transport=tls)";

    @AttributeDefinition(name = "Longest line", description = "Longest line accepted from a room, in bytes", min = "1024")
    int max_frame_bytes() default 1 << 20;

    @AttributeDefinition(name = "Send queue", description = "Most bytes waiting to be sent to the room", min = "1024")
    int max_queued_bytes() default 1 << 20;

    @AttributeDefinition(name = "Hello timeout", description = "How long to wait for the extended protocol's answer, ms")
    long hello_timeout_millis() default 2000;

    @AttributeDefinition(name = "First reconnect delay", description = "Delay before the first reconnect, ms")
    long reconnect_initial_millis() default 1000;

    @AttributeDefinition(name = "Longest reconnect delay", description = "Upper bound of the reconnect backoff, ms")
    long reconnect_max_millis() default 30_000;
}
