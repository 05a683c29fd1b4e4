package org.chatroom.room.tests;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/** Gets services of the running framework, bounded. */
final class Services {

    private Services() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(Services.class).getBundleContext();
    }

    static <T> ServiceTracker<T, T> track(Class<T> type, String filter) throws InvalidSyntaxException {
        String full = "(&(objectClass=" + type.getName() + ")" + filter + ")";
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), context().createFilter(full), null);
        tracker.open();
        return tracker;
    }

    static <T> T get(Class<T> type, String filter) throws InterruptedException, InvalidSyntaxException {
        T service = track(type, filter).waitForService(TimeUnit.SECONDS.toMillis(10));
        if (service == null) {
            throw new AssertionError("no service " + type.getName() + " " + filter);
        }
        return service;
    }
}
