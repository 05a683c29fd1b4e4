package org.chatroom.server.internal;

import java.time.Duration;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
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
        return find(new ServiceTracker<>(context, type, null)).orElseThrow(
                () -> new IllegalStateException(Messages.format("error.noService", timeout.toSeconds())));
    }

    /**
     * @param filter an LDAP filter naming the service's class and its properties
     * @return the service, empty when none matching {@code filter} appears in time
     */
    <S> Optional<S> find(Class<S> type, String filter) throws InterruptedException {
        try {
            return find(new ServiceTracker<S, S>(context, context.createFilter(filter), null));
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private <S> Optional<S> find(ServiceTracker<S, S> tracker) throws InterruptedException {
        tracker.open();
        S service = tracker.waitForService(timeout.toMillis());
        if (service == null) {
            tracker.close();
        }
        return Optional.ofNullable(service); // the tracker stays open: the service is used until the application ends
    }
}
