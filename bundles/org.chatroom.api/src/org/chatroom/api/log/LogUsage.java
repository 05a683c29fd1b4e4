package org.chatroom.api.log;

import java.util.Map;

/**
 * What the log holds.
 *
 * @param location where it is, for people (a file path, a server address)
 * @param bytes    space it takes, in bytes (on disk, or in the server's memory), {@code -1} when unknown
 * @param events   events kept per room name
 */
public record LogUsage(String location, long bytes, Map<String, Long> events) {

    public LogUsage {
        events = Map.copyOf(events);
    }
}
