package org.chatroom.transport.tls.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

import org.chatroom.api.transport.CertificateChangedException;

/**
 * Trust on first use: the SHA-256 fingerprint of each room's certificate, keyed by {@code host:port}, in a
 * properties file. The file is read on every check, so deleting a line by hand takes effect at the next connection.
 */
public final class PinStore {

    private final Path file;

    public PinStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * Pins {@code fingerprint} for {@code address} when nothing is pinned yet, else checks it.
     *
     * @return whether it was pinned now
     * @throws CertificateChangedException when another fingerprint is pinned
     */
    public synchronized boolean pinOrCheck(String address, String fingerprint) throws IOException {
        Properties pins = read();
        String pinned = pins.getProperty(address);
        if (pinned == null) {
            pins.setProperty(address, fingerprint);
            write(pins);
            return true;
        }
        if (!pinned.equalsIgnoreCase(fingerprint)) {
            throw new CertificateChangedException(address, pinned, fingerprint, file.toString(),
                    Messages.get("certificate.changed", address, pinned, fingerprint, file));
        }
        return false;
    }

    public synchronized Optional<String> pinned(String address) throws IOException {
        return Optional.ofNullable(read().getProperty(address));
    }

    /** Forgets the pin of {@code address}: the next connection pins whatever certificate it gets. */
    public synchronized void forget(String address) throws IOException {
        Properties pins = read();
        if (pins.remove(address) != null) {
            write(pins);
        }
    }

    private Properties read() throws IOException {
        Properties pins = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                pins.load(in);
            }
        }
        return pins;
    }

    private void write(Properties pins) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        try (Writer out = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8)) {
            pins.store(out, "Chatroom: SHA-256 fingerprints of room certificates pinned on first use (host:port)."
                    + " Delete a line to accept a room's new certificate.");
        }
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
