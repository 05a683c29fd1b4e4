package org.chatroom.testing;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The class path of a child JVM made of bundles of the running test framework, so that a test can run real
 * components in a process of its own (which it may kill): each bundle's jar, or for a bundle run from its project
 * folder, its class folders. The framework's own jar (OSGi framework and log API) is always on it.
 */
public final class BundleClassPath {

    private BundleClassPath() {
    }

    /** @throws IllegalStateException when one of {@code symbolicNames} is not installed */
    public static String of(BundleContext context, Collection<String> symbolicNames) {
        Set<String> entries = new LinkedHashSet<>();
        for (String name : symbolicNames) {
            Bundle found = null;
            for (Bundle bundle : context.getBundles()) {
                if (name.equals(bundle.getSymbolicName())) {
                    found = bundle;
                }
            }
            if (found == null) {
                throw new IllegalStateException("bundle " + name + " is not in the test runtime");
            }
            entries.addAll(entriesOf(context, found));
        }
        entries.add(frameworkJar());
        return String.join(File.pathSeparator, entries);
    }

    private static String frameworkJar() {
        try {
            return Path.of(Bundle.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> entriesOf(BundleContext context, Bundle bundle) {
        String location = bundle.getLocation();
        int file = location.indexOf("file:");
        if (file < 0) {
            throw new IllegalStateException("not a file location: " + location);
        }
        String area = context.getProperty("osgi.install.area");
        Path installArea = area == null ? Path.of("").toAbsolutePath() : Path.of(area.replaceFirst("^file:", ""));
        Path path = installArea.resolve(location.substring(file + "file:".length())).normalize();
        List<String> entries = new ArrayList<>();
        if (Files.isDirectory(path)) {
            for (String classes : List.of("target/classes", "bin")) {
                if (Files.isDirectory(path.resolve(classes))) {
                    entries.add(path.resolve(classes).toString());
                }
            }
        }
        entries.add(path.toString());
        return entries;
    }
}
