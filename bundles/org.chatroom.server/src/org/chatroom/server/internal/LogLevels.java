package org.chatroom.server.internal;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.log.LogLevel;
import org.osgi.service.log.Logger;
import org.osgi.service.log.admin.LoggerAdmin;
import org.osgi.service.log.admin.LoggerContext;

/**
 * A server's log should say who joins and leaves: the OSGi root logger context logs from WARN by default, so the
 * headless server lowers it to INFO, unless a level was already configured (PID {@code org.osgi.service.log.admin}).
 */
final class LogLevels {

    private LogLevels() {
    }

    static void atLeastInfo(LoggerAdmin admin) {
        LoggerContext root = admin.getLoggerContext(null);
        Map<String, LogLevel> levels = new HashMap<>(root.getLogLevels());
        if (levels.putIfAbsent(Logger.ROOT_LOGGER_NAME, LogLevel.INFO) == null) {
            root.setLogLevels(levels);
        }
    }
}
