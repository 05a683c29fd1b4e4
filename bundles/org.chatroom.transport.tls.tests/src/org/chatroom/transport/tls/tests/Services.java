package org.chatroom.transport.tls.tests;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/** Gets DS services of the running framework, bounded. */
final class Services {

    private Services() {
    }

    static <T> T get(Class<T> type, String filter) throws InterruptedException, InvalidSyntaxException {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        String full = "(&(objectClass=" + type.getName() + ")" + filter + ")";
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, context.createFilter(full), null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
        if (service == null) {
            throw new AssertionError("no service " + full);
        }
        return service;
    }
}
