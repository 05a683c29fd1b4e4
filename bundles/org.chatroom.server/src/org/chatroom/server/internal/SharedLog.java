package org.chatroom.server.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.osgi.service.cm.ConfigurationAdmin;

/**
 * {@code --redis FILE}: this run is a node of a cluster whose servers share their rooms through the room log on Redis.
 * FILE holds that log's settings ({@code address}, {@code user}, {@code tls}, {@code password.file},
 * {@code key.prefix}...: the keys of its configuration PID {@value #PID}), as {@code KEY=VALUE} lines; the Redis
 * password itself stays in the file {@code password.file} names. The settings become that PID's configuration for this
 * run, and the room's log filter {@code roomlog.target} becomes {@value #TARGET} unless the command line sets one. A run
 * without the option deletes a configuration an earlier run left, so that the command line stays the whole
 * configuration of a run.
 */
public final class SharedLog {

    /** Configuration PID of the room log on Redis (bundle {@code org.chatroom.log.redis}). */
    static final String PID = "org.chatroom.log.redis";
    /** The room setting choosing the log. */
    public static final String TARGET_KEY = "roomlog.target";
    public static final String TARGET = "(chat.roomlog=redis)";

    private SharedLog() {
    }

    /**
     * Reads the settings in {@code file}.
     *
     * @throws IllegalArgumentException with a message for the user when it cannot be read, names no address, or holds
     *                                  a password
     */
    public static Map<String, String> read(Path file) {
        return SettingsFile.read(file, "error.redisFile", "error.redisPassword");
    }

    /** Makes {@code settings} the Redis log's configuration, or removes it when null. */
    static void configure(ConfigurationAdmin admin, Map<String, String> settings) throws IOException {
        SettingsFile.configure(admin, PID, settings);
    }
}
