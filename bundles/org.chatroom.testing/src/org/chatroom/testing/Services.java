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

    /** @param filter an LDAP filter on the service properties, e.g. {@code (chat.transport=tcp)}, or empty */
    public static <T> T get(Class<T> type, String filter) throws InterruptedException, InvalidSyntaxException {
        T service = track(type, filter).waitForService(TimeUnit.SECONDS.toMillis(10));
        if (service == null) {
            throw new AssertionError("no service " + type.getName() + " " + filter);
        }
        return service;
    }
}
