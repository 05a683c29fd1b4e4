package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/** Real OSGi services of the running product, waited for with a bound. */
final class Services {

    private Services() {
    }

    static <T> T get(Class<T> type, String filter) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        try {
            String full = filter == null ? "(objectClass=" + type.getName() + ")"
                    : "(&(objectClass=" + type.getName() + ")" + filter + ")";
            ServiceTracker<T, T> tracker = new ServiceTracker<>(context, context.createFilter(full), null);
            tracker.open();
            T service = tracker.waitForService(10_000);
            assertNotNull(service, "no " + type.getName() + " service " + (filter == null ? "" : filter));
            return service; // the tracker stays open: the service stays in use for the test run
        } catch (InvalidSyntaxException e) {
            return fail(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(e);
        }
    }
}
