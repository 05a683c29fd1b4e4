package org.chatroom.transport.socket.connection;

import org.osgi.service.metatype.annotations.AttributeDefinition;

/**
 * How the I/O loops of a listening transport write, read from the transport's own configuration PID like
 * {@link AddressLimitsConfig}: one definition for every transport, taken as a further component property type and
 * listed by the transport's metatype interface, which extends it. Names and descriptions are the keys {@code loop.*}
 * of the transport bundle's localization.
 */
public @interface IoLoopConfig {

    /**
     * Microseconds a loop that just wrote gathers before it writes again: what reaches a connection meanwhile goes out
     * in one write (fewer system calls and wakeups per message at moderate rates). A loop that wrote nothing for that
     * long writes at once, so a message alone never waits; 16 KiB queued for one connection are written at once too.
     * 0 writes at the end of every round. The selector waits in whole milliseconds, so the window is at least one.
     */
    @AttributeDefinition(name = "%loop.write_gather_micros.name",
            description = "%loop.write_gather_micros.description", min = "0")
    long write_gather_micros() default 0;
}
