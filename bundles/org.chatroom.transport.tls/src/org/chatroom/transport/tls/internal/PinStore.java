package org.chatroom.transport.tls.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.chatroom.api.transport.CertificateChangedException;

/**
 * Trust on first use: the SHA-256 fingerprint of each room's certificate, keyed by {@code host:port}, in a text
 * file of lines {@code host:port fingerprint} ({@code #} starts a comment). The file is read on every check, so
 * deleting a line by hand takes effect at the next connection.
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
        Map<String, String> pins = read();
        String pinned = pins.get(address);
        if (pinned == null) {
            pins.put(address, fingerprint);
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
        return Optional.ofNullable(read().get(address));
    }

    /** Forgets the pin of {@code address}: the next connection pins whatever certificate it gets. */
    public synchronized void forget(String address) throws IOException {
        Map<String, String> pins = read();
        if (pins.remove(address) != null) {
            write(pins);
        }
    }

    private Map<String, String> read() throws IOException {
        Map<String, String> pins = new TreeMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                int space = entry.lastIndexOf(' ');
                if (!entry.isEmpty() && !entry.startsWith("#") && space > 0) {
                    pins.put(entry.substring(0, space).strip(), entry.substring(space + 1));
                }
            }
        }
        return pins;
    }

    private void write(Map<String, String> pins) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<String> lines = new ArrayList<>();
        lines.add("# Chatroom: SHA-256 fingerprints of room certificates pinned on first use, one 'host:port fingerprint'"
                + " per line.");
        lines.add("# Delete a room's line to accept its new certificate at the next connection.");
        pins.forEach((address, fingerprint) -> lines.add(address + " " + fingerprint));
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        Files.write(fresh, lines, StandardCharsets.UTF_8);
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
