package org.chatroom.room.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

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
 * waited for, a bounded time, and no longer once the room service is going away (its bundle stopping, the
 * application shutting down). Held until {@link #close()}.
 */
final class LogChoice implements AutoCloseable {

    /** Service property of a {@link RoomLog} shared by several servers, which registers a presence beside it. */
    static final String CLUSTER = "chat.cluster";
    /**
     * How often the waits check whether a log matching is registered but failed to open, and whether the room
     * service is going away.
     */
    private static final long POLL_MILLIS = 250;

    private final ServiceTracker<RoomLog, RoomLog> logs;
    private final ServiceTracker<ClusterPresence, ClusterPresence> presences;
    private final RoomLog log;
    private final ClusterPresence presence;
    private final BooleanSupplier abandoned;

    private LogChoice(BundleContext context, String target, Duration wait, BooleanSupplier abandoned)
            throws IOException {
        this.abandoned = abandoned;
        Filter logFilter = filter(context, RoomLog.class, target);
        logs = new ServiceTracker<>(context, logFilter, null);
        presences = new ServiceTracker<>(context, filter(context, ClusterPresence.class, target), null);
        logs.open();
        presences.open();
        try {
            log = awaitLog(context, logFilter, target, wait);
            ServiceReference<RoomLog> chosen = logs.getServiceReference();
            boolean clustered = Boolean.parseBoolean(String.valueOf(chosen.getProperty(CLUSTER)));
            presence = clustered ? awaitPresence(target, wait) : presences.getService();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IOException(Messages.get("log.none", target, 0), e);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** What a wait checks between its polls; it ends the wait by throwing. */
    private interface Check {
        void run() throws IOException;
    }

    /**
     * The log, once one matching is registered and can be had, at most {@code wait}. One that is registered but
     * cannot be had (its component failed to activate: a history file it cannot open, whose own error says why) ends
     * the wait at once instead of after {@code wait}.
     */
    private RoomLog awaitLog(BundleContext context, Filter logFilter, String target, Duration wait)
            throws InterruptedException, IOException {
        return await(logs, target, wait, () -> {
            if (unusable(context, logFilter)) {
                throw new IOException(Messages.get("log.unusable", target));
            }
        }, "log.none");
    }

    /** The cluster presence of a shared log, at most {@code wait}. */
    private ClusterPresence awaitPresence(String target, Duration wait) throws InterruptedException, IOException {
        return await(presences, target, wait, () -> { }, "log.noPresence");
    }

    /**
     * A service of {@code tracker}, at most {@code wait}: every {@value #POLL_MILLIS} ms the wait ends when the room
     * service is going away, or when {@code check} throws; after {@code wait}, with the message {@code missingKey}.
     */
    private <T> T await(ServiceTracker<T, T> tracker, String target, Duration wait, Check check, String missingKey)
            throws InterruptedException, IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            T found = tracker.waitForService(Math.max(1, Math.min(POLL_MILLIS, left)));
            if (found != null) {
                return found;
            }
            if (abandoned.getAsBoolean()) {
                throw new IOException(Messages.get("log.abandoned", target));
            }
            check.run();
            if (left <= POLL_MILLIS) {
                throw new IOException(Messages.get(missingKey, target, wait.toSeconds()));
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
            if (reference.getBundle() == null) {
                return false; // unregistered since the lookup (reconfigured), not failed: the next poll looks again
            }
        }
        return true;
    }

    /**
     * @param abandoned whether the room service is going away, asked while waiting
     * @throws IOException when no log matches {@code target} within {@code wait}, one matching cannot be opened, a
     *                     shared log comes without its presence, or the wait was {@code abandoned}
     */
    static LogChoice of(BundleContext context, String target, Duration wait, BooleanSupplier abandoned)
            throws IOException {
        return new LogChoice(context, target, wait, abandoned);
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
