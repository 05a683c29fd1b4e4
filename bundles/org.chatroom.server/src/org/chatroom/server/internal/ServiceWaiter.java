package org.chatroom.server.internal;

import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** Gets a service from the framework, waiting a bounded time for Declarative Services to register it. */
final class ServiceWaiter {

    private final BundleContext context;
    private final Duration timeout;

    ServiceWaiter(BundleContext context, Duration timeout) {
        this.context = context;
        this.timeout = timeout;
    }

    /** @throws IllegalStateException when the service does not appear in time */
    <S> S get(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        S service = tracker.waitForService(timeout.toMillis());
        if (service == null) {
            tracker.close();
            throw new IllegalStateException(Messages.format("error.noService", timeout.toSeconds()));
        }
        return service; // the tracker stays open: the service is used until the application ends
    }
}
