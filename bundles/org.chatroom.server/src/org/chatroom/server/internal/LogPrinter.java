package org.chatroom.server.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.eclipse.equinox.log.SynchronousLogListener;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;

/**
 * The headless server's console is its log: OSGi log entries of the Chatroom bundles from INFO up, and warnings and
 * errors of every bundle, one line each (with the stack trace of an exception). Synchronous (Equinox's marker interface), so
 * nothing logged before the application returns is lost.
 */
final class LogPrinter implements SynchronousLogListener {

    private static final String OWN_BUNDLES = "org.chatroom.";
    /** Loggers under which the framework records bundle, service and framework events. */
    private static final String FRAMEWORK_EVENTS = "Events.";

    private final PrintStream out;

    LogPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void logged(LogEntry entry) {
        LogLevel level = entry.getLogLevel();
        if (entry.getLoggerName() != null && entry.getLoggerName().startsWith(FRAMEWORK_EVENTS)
                && !LogLevel.WARN.implies(level)) {
            return;
        }
        String bundle = entry.getBundle() == null ? "-" : entry.getBundle().getSymbolicName();
        boolean own = bundle != null && bundle.startsWith(OWN_BUNDLES);
        LogLevel threshold = own ? LogLevel.INFO : LogLevel.WARN;
        if (!threshold.implies(level)) {
            return;
        }
        synchronized (out) {
            out.println(Instant.ofEpochMilli(entry.getTime()).truncatedTo(ChronoUnit.MILLIS) + " " + level + " "
                    + bundle + ": " + entry.getMessage());
            if (entry.getException() != null) {
                entry.getException().printStackTrace(out);
            }
            out.flush();
        }
    }
}
