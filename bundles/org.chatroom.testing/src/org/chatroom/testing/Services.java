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

    /** @param filter an LDAP filter on the service properties, e.g. {@code (chat.transport=tcp)} */
    public static <T> T get(Class<T> type, String filter) throws InterruptedException, InvalidSyntaxException {
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
