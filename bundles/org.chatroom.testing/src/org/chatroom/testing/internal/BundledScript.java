package org.chatroom.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** A Python script shipped as an entry of this bundle, copied to a private temporary directory to be run. */
public final class BundledScript implements AutoCloseable {

    private final Path directory;
    private final Path file;

    private BundledScript(Path directory, Path file) {
        this.directory = directory;
        this.file = file;
    }

    /** Copies the bundle entry {@code python/<name>} to a new temporary directory. */
    public static BundledScript extract(String name) {
        String entry = "python/" + name;
        URL url = locate(entry);
        try {
            Path directory = Files.createTempDirectory("chatroom-original-");
            Path file = directory.resolve(name);
            try (InputStream in = url.openStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return new BundledScript(directory, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + entry, e);
        }
    }

    private static URL locate(String entry) {
        Bundle bundle = FrameworkUtil.getBundle(BundledScript.class);
        URL url = bundle != null ? bundle.getEntry(entry) : BundledScript.class.getResource("/" + entry);
        if (url == null) {
            throw new IllegalStateException(entry + " is missing from org.chatroom.testing (build.properties bin.includes?)");
        }
        return url;
    }

    public Path path() {
        return file;
    }

    /** Deletes the copy and its directory; quietly, since a leftover temp file must not fail a test. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // best effort: the file lives in the temp directory
        }
    }
}
