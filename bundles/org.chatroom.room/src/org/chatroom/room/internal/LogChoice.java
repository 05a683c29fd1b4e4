package org.chatroom.room.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.ClusterPresence;
import org.chatroom.api.log.RoomLog;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The room log one run of the rooms uses: the {@link RoomLog} service matching the run's {@code roomlog.target}, and
 * the {@link ClusterPresence} beside it when the log is shared by several servers (it says so with the service
 * property {@value #CLUSTER}). A backend configured just before the start may register a moment later, so both are
 * waited for, a bounded time. Held until {@link #close()}.
 */
final class LogChoice implements AutoCloseable {

    /** Service property of a {@link RoomLog} shared by several servers, which registers a presence beside it. */
    static final String CLUSTER = "chat.cluster";
    /** How often the wait for the log checks whether a log matching is registered but failed to open. */
    private static final long POLL_MILLIS = 250;

    private final ServiceTracker<RoomLog, RoomLog> logs;
    private final ServiceTracker<ClusterPresence, ClusterPresence> presences;
    private final RoomLog log;
    private final ClusterPresence presence;

    private LogChoice(BundleContext context, String target, Duration wait) throws IOException {
        Filter logFilter = filter(context, RoomLog.class, target);
        logs = new ServiceTracker<>(context, logFilter, null);
        presences = new ServiceTracker<>(context, filter(context, ClusterPresence.class, target), null);
        logs.open();
        presences.open();
        try {
            log = awaitLog(context, logFilter, target, wait);
            ServiceReference<RoomLog> chosen = logs.getServiceReference();
            boolean clustered = Boolean.parseBoolean(String.valueOf(chosen.getProperty(CLUSTER)));
            presence = clustered ? presences.waitForService(wait.toMillis()) : presences.getService();
            if (clustered && presence == null) {
                throw new IOException(Messages.get("log.noPresence", target, wait.toSeconds()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IOException(Messages.get("log.none", target, 0), e);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * The log, once one matching is registered and can be had, at most {@code wait}. One that is registered but
     * cannot be had (its component failed to activate: a history file it cannot open, whose own error says why) ends
     * the wait at once instead of after {@code wait}.
     */
    private RoomLog awaitLog(BundleContext context, Filter logFilter, String target, Duration wait)
            throws InterruptedException, IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            RoomLog found = logs.waitForService(Math.max(1, Math.min(POLL_MILLIS, left)));
            if (found != null) {
                return found;
            }
            if (unusable(context, logFilter)) {
                throw new IOException(Messages.get("log.unusable", target));
            }
            if (left <= POLL_MILLIS) {
                throw new IOException(Messages.get("log.none", target, wait.toSeconds()));
            }
        }
    }

    /**
     * Whether logs matching are registered and none can be had: {@code getService} waits for an activation in progress
     * and gives null when it failed.
     */
    private static boolean unusable(BundleContext context, Filter logFilter) {
        ServiceReference<?>[] registered;
        try {
            registered = context.getServiceReferences((String) null, logFilter.toString());
        } catch (InvalidSyntaxException e) {
            return false; // checked when the filter was made
        }
        if (registered == null) {
            return false;
        }
        for (ServiceReference<?> reference : registered) {
            if (context.getService(reference) != null) {
                context.ungetService(reference);
                return false;
            }
        }
        return true;
    }

    /**
     * @throws IOException when no log matches {@code target} within {@code wait}, one matching cannot be opened, or
     *                     a shared log comes without its presence
     */
    static LogChoice of(BundleContext context, String target, Duration wait) throws IOException {
        return new LogChoice(context, target, wait);
    }

    RoomLog log() {
        return log;
    }

    /** The chosen log's kind, its {@value RoomLog#TYPE} (e.g. {@code sqlite}), for the log. */
    String type() {
        ServiceReference<RoomLog> chosen = logs.getServiceReference();
        return String.valueOf(chosen == null ? null : chosen.getProperty(RoomLog.TYPE));
    }

    /** The presence of the other servers, or null when the log serves this server alone. */
    ClusterPresence presence() {
        return presence;
    }

    @Override
    public void close() {
        logs.close();
        presences.close();
    }

    private static <T> Filter filter(BundleContext context, Class<T> type, String target)
            throws IOException {
        try {
            String chosen = target == null || target.isBlank() ? "" : target.strip();
            return FrameworkUtil.createFilter("(&(objectClass=" + type.getName() + ")" + chosen + ")");
        } catch (InvalidSyntaxException e) {
            throw new IOException(Messages.get("log.badTarget", target, e.getMessage()), e);
        }
    }
}
