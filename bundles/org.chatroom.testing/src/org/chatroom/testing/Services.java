package org.chatroom.testing;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/** Gets Declarative Services services of the running framework, waiting at most 10 s. */
public final class Services {

    private Services() {
    }

    public static BundleContext context() {
        return FrameworkUtil.getBundle(Services.class).getBundleContext();
    }

    /** An open tracker of {@code type} services matching {@code filter} (an LDAP filter, may be empty). */
    public static <T> ServiceTracker<T, T> track(Class<T> type, String filter) throws InvalidSyntaxException {
        String full = "(&(objectClass=" + type.getName() + ")" + filter + ")";
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), context().createFilter(full), null);
        tracker.open();
        return tracker;
    }

    /**
     * The service {@code tracker} tracks once it is another than {@code old} (any service when {@code old} is null),
     * as after Declarative Services recreated a component; waits at most 10 s.
     */
    public static <T> T awaitOther(ServiceTracker<T, T> tracker, T old) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            T service = tracker.getService();
            if (service != null && service != old) {
                return service;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(tracker.getService() == null ? "no service within 10 s"
                : "the service was not replaced within 10 s");
    }

    /**
     * Waits at most 10 s until {@code tracker} tracks no service: e.g. after a test deleted the configuration it marked
     * its component with, until Declarative Services has applied the deletion, so that the next test cannot find that
     * component with this test's settings and have them change under it.
     *
     * @param why what there being none means, for the failure's message
     */
    public static void awaitNone(ServiceTracker<?, ?> tracker, String why) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (tracker.getServiceReference() != null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(why + ": " + tracker.size() + " services still there after 10 s");
            }
            Thread.sleep(20);
        }
    }

    /** @param filter an LDAP filter on the service properties, e.g. {@code (chat.transport=tcp)}, or empty */
    public static <T> T get(Class<T> type, String filter) throws InterruptedException, InvalidSyntaxException {
        T service = track(type, filter).waitForService(TimeUnit.SECONDS.toMillis(10));
        if (service == null) {
            throw new AssertionError("no service " + type.getName() + " " + filter);
        }
        return service;
    }

    /**
     * {@link #get(Class, String)} for callers that cannot throw checked exceptions (lambdas of a UI wait): a missing
     * service or a bad filter fails the test. {@code filter} may be null.
     */
    public static <T> T require(Class<T> type, String filter) {
        try {
            return get(type, filter == null ? "" : filter);
        } catch (InvalidSyntaxException e) {
            throw new AssertionError("bad filter " + filter, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + type.getName(), e);
        }
    }
}
