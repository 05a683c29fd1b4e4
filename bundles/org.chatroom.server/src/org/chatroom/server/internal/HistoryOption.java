package org.chatroom.server.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.osgi.service.cm.ConfigurationAdmin;

/**
 * {@code --history FILE}: the settings of this run's SQLite room history ({@code folder}, {@code queue.limit},
 * {@code retention.max.events}, {@code wal.limit.mb}...: the keys of its configuration PID {@value #PID}, README "Room
 * history: storage") as {@code KEY=VALUE} lines. Every run that keeps its rooms in SQLite makes that PID's
 * configuration the file's settings, or none (the defaults) without the option, so the command line stays the whole
 * configuration of a run; and the run's room log is the SQLite log configured so ({@link #target}), not one
 * Declarative Services still has with an earlier run's settings: a configuration reaches the component a moment
 * after it is written.
 */
public final class HistoryOption {

    /** Configuration PID of the SQLite room log (bundle {@code org.chatroom.log.sqlite}). */
    static final String PID = "org.chatroom.log.sqlite";
    /** A property of this run's configuration alone, which the run's log filter asks for. */
    static final String RUN_KEY = "server.run";

    private final String run = UUID.randomUUID().toString();

    /**
     * Reads the settings in {@code file}.
     *
     * @throws IllegalArgumentException with a message for the user when it cannot be read or names a password
     */
    public static Map<String, String> read(Path file) {
        return SettingsFile.read(file, "error.historyFile", "error.historyPassword");
    }

    /** Makes {@code settings} (none: the defaults) this run's configuration of the SQLite room log. */
    public void configure(ConfigurationAdmin admin, Map<String, String> settings) throws IOException {
        Map<String, Object> properties = new TreeMap<>(settings);
        properties.put(RUN_KEY, run);
        SettingsFile.configure(admin, PID, properties);
    }

    /** The room log filter ({@code roomlog.target}) matching the SQLite log with this run's configuration only. */
    public String target() {
        return "(&(chat.roomlog=sqlite)(" + RUN_KEY + "=" + run + "))";
    }
}
