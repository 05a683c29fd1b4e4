package org.chatroom.transport.socket.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the TCP transport (PID {@code org.chatroom.transport.socket}). */
@ObjectClassDefinition(name = "Chatroom TCP transport", description = "Threads and socket settings of the TCP transport")
public @interface SocketTransportConfig {

    /** Configuration PID. */
    String PID = "org.chatroom.transport.socket";

    @AttributeDefinition(name = "I/O threads", description = "Selector threads; 0 for one per core (at most 8)", min = "0")
    int io_threads() default 0;

    @AttributeDefinition(name = "Listen backlog", description = "Pending connections the system may queue", min = "1")
    int backlog() default 4096;

    @AttributeDefinition(name = "Close grace period", description = "Milliseconds a closing connection may take to "
            + "write what is queued to it", min = "0")
    long close_grace_millis() default 2000;
}
