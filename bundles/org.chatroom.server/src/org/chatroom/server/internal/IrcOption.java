package org.chatroom.server.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * {@code --irc FILE}: this run also serves its rooms to IRC clients. FILE holds the IRC listener's settings
 * ({@code port}, {@code tls.port}, {@code bind.address}, {@code server.name}, {@code network}, {@code motd},
 * {@code operators}...: the keys of its configuration PID {@value #PID}, PROTOCOL.md section 9) as {@code KEY=VALUE}
 * lines; an empty file gives the defaults (6667, and 6697 with TLS when the room has TLS). {@code operators} and
 * {@code accounts} (SASL) list accounts separated by commas, each a name, a space and the hash
 * {@code --hash-password} prints. The settings become
 * that PID's configuration for this run; a run without the option deletes one an earlier run left, so the listener
 * is off unless the command line asks for it.
 */
public final class IrcOption {

    /** Configuration PID of the IRC listener (bundle {@code org.chatroom.irc}). */
    public static final String PID = "org.chatroom.irc";
    /** The keys that list accounts ({@code name hash}), separated by commas in the file. */
    private static final List<String> ACCOUNT_LISTS = List.of("operators", "accounts");
    private static final String BIND_ADDRESS = "bind.address";
    private static final long POLL_MILLIS = 50;
    private static final String CAUSED_BY = "Caused by: ";

    private IrcOption() {
    }

    /**
     * Reads the settings in {@code file}; without a {@code bind.address} of its own, the listener binds where the
     * room does ({@code --bind}), so {@code --bind 127.0.0.1} keeps IRC local too.
     *
     * @param roomBind the run's {@code --bind}, null when not given (all interfaces)
     * @throws IllegalArgumentException with a message for the user when it cannot be read or holds a clear password
     */
    public static Map<String, String> read(Path file, String roomBind) {
        Map<String, String> settings = SettingsFile.read(file, "error.ircFile", "error.ircPassword");
        if (roomBind != null && !roomBind.isBlank()) {
            settings.putIfAbsent(BIND_ADDRESS, roomBind.strip());
        }
        return settings;
    }

    /** Makes {@code settings} the IRC listener's configuration, or removes it when null (the listener is off). */
    public static void configure(ConfigurationAdmin admin, Map<String, String> settings) throws IOException {
        Map<String, Object> properties = null;
        if (settings != null) {
            properties = new TreeMap<>(settings);
            for (String list : ACCOUNT_LISTS) {
                properties.computeIfPresent(list, (key, value) -> Arrays.stream(value.toString().split(","))
                        .map(String::strip).filter(account -> !account.isEmpty()).toArray(String[]::new));
            }
        }
        SettingsFile.configure(admin, PID, properties);
    }

    /**
     * Waits until the IRC listener configured by {@link #configure} is active (it binds its ports as it activates),
     * asking Declarative Services about the component of its configuration PID.
     *
     * @return null once it is active; else why not: its activation's failure (a port another program has, say), or
     *         that it did not become active within {@code timeout} (the IRC bundle missing, a reference unsatisfied)
     */
    public static String awaitActive(ServiceComponentRuntime scr, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ComponentDescriptionDTO component : scr.getComponentDescriptionDTOs()) {
                if (!Arrays.asList(component.configurationPid).contains(PID)) {
                    continue;
                }
                for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(component)) {
                    if (configuration.state == ComponentConfigurationDTO.ACTIVE) {
                        return null;
                    } else if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        return cause(configuration.failure);
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                return Messages.format("error.ircNotActive", timeout.toSeconds());
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** The innermost cause of an activation failure's stack trace ("java.net.BindException: Address in use"). */
    private static String cause(String failure) {
        if (failure == null) {
            return "?";
        }
        String cause = failure.lines().findFirst().orElse("?");
        for (String line : (Iterable<String>) failure.lines()::iterator) {
            if (line.startsWith(CAUSED_BY)) {
                cause = line.substring(CAUSED_BY.length());
            }
        }
        return cause;
    }
}
