package org.chatroom.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;

import org.chatroom.api.room.GatewayAddresses;
import org.chatroom.api.room.GatewaySettings;
import org.chatroom.api.room.RoomGateway;
import org.chatroom.server.internal.IrcOption;
import org.chatroom.server.internal.ServerArguments;
import org.chatroom.testing.HostedRoom;
import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * {@code chatroom-server --irc FILE}: the IRC listener's settings for this run, from the command line only, opening
 * the IRC bundle's gateway on a running room. The packaged server with the option is checked in
 * {@code product-smoke.sh}.
 */
class IrcOptionTest {

    @TempDir
    Path folder;

    @Test
    void theOptionNamesTheFileAndIsOffWithoutIt() {
        assertEquals("/etc/chatroom-server/irc.properties",
                ServerArguments.parse("--irc", "/etc/chatroom-server/irc.properties").ircFile());
        assertNull(ServerArguments.parse("--port", "0").ircFile());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ServerArguments.parse("--irc"));
        assertTrue(missing.getMessage().contains("--irc"), missing.getMessage());
    }

    @Test
    void theSettingsAreReadButAClearPasswordIsRefused() throws Exception {
        Path file = folder.resolve("irc.properties");
        Files.writeString(file, "# IRC\nport = 6668\nnetwork=Office\n");
        assertEquals(Map.of("port", "6668", "network", "Office"), IrcOption.read(file, null));
        assertEquals(Map.of("port", "6668", "network", "Office", "bind.address", "127.0.0.1"),
                IrcOption.read(file, "127.0.0.1"), "IRC binds where the room does unless the file says otherwise");
        Files.writeString(file, "port=6668\nbind.address=0.0.0.0\n");
        assertEquals("0.0.0.0", IrcOption.read(file, "127.0.0.1").get("bind.address"));

        Files.writeString(file, "port=6668\noper.password=hunter2\n");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> IrcOption.read(file, null));
        assertTrue(refused.getMessage().contains("--hash-password"), refused.getMessage());
        assertFalse(refused.getMessage().contains("hunter2"), "the password is never repeated");

        IllegalArgumentException unreadable = assertThrows(IllegalArgumentException.class,
                () -> IrcOption.read(folder.resolve("none.properties"), null));
        assertTrue(unreadable.getMessage().contains("none.properties"), unreadable.getMessage());
    }

    @Test
    void thePortsAndAddressAreTheGatewaysOwnTheRestItsOptions() {
        assertEquals(new GatewaySettings(6667, 6697, "", Map.of()), IrcOption.settings(Map.of()),
                "an empty file: the defaults");
        assertEquals(new GatewaySettings(6668, -1, "127.0.0.1", Map.of("network", "Office", "operators", "ada h")),
                IrcOption.settings(Map.of("port", "6668", "tls.port", "-1", "bind.address", " 127.0.0.1",
                        "network", "Office", "operators", "ada h")),
                "tls.port=-1: no TLS, as in the listener's configuration");
        assertEquals(0, IrcOption.settings(Map.of("tls.port", "0")).tlsPort(), "a free port, as there too");
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> IrcOption.settings(Map.of("port", "66000")));
        assertTrue(port.getMessage().contains("'66000'"), port.getMessage());
    }

    @Test
    void theRunOpensTheIrcGatewayWithItsSettingsAndWritesNoConfiguration() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Path file = folder.resolve("irc.properties");
            Files.writeString(file, "port=0\ntls.port=-1\nnetwork=Office\nmotd=Hello office\n");
            GatewaySettings settings = IrcOption.settings(IrcOption.read(file, "127.0.0.1"));
            try (HostedRoom room = new HostedRoom(); ConfigurationAdminUse admin = new ConfigurationAdminUse()) {
                GatewayAddresses addresses = IrcOption.open(context(), settings, Duration.ofSeconds(20));
                assertEquals(Optional.empty(), addresses.tls());
                assertEquals("127.0.0.1", addresses.address().getAddress().getHostAddress(), "bound as the room");
                try (RawIrcClient bob = RawIrcClient.connect(addresses.address())) {
                    bob.send("NICK bob");
                    bob.send("USER bob 0 * :Bob");
                    assertTrue(bob.await(" 001 ").endsWith(":Welcome to the Office Network, bob"));
                    assertTrue(bob.await(" 372 ").endsWith(":- Hello office"));
                }
                assertNull(admin.service.getConfiguration(IrcOption.PID, "?").getProperties(),
                        "nothing written: the settings end with the run");

                GatewayAddresses again = IrcOption.open(context(), IrcOption.settings(Map.of("netwrok", "x")),
                        Duration.ofSeconds(20));
                assertEquals(addresses, again, "open already: where it listens, as for the desktop's Host Room");
            }
        });
    }

    @Test
    void aMisspeltSettingIsRefusedBeforeAnyoneConnects() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (HostedRoom room = new HostedRoom()) {
                IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                        () -> IrcOption.open(context(), IrcOption.settings(Map.of("port", "0", "netwrok", "Office")),
                                Duration.ofSeconds(20)));
                assertTrue(refused.getMessage().contains("'netwrok'"), refused.getMessage());
                assertTrue(refused.getMessage().contains("network, "), "the keys there are: " + refused.getMessage());
            }
        });
    }

    @Test
    void aConfigurationAnEarlierVersionLeftIsRemoved() throws Exception {
        try (ConfigurationAdminUse admin = new ConfigurationAdminUse(); HostedRoom room = new HostedRoom()) {
            Configuration earlier = admin.service.getConfiguration(IrcOption.PID, "?");
            earlier.update(new Hashtable<>(Map.of("port", 0, "tls.port", -1, "network", "Earlier")));
            // as at a start after that run: the listener of the configuration registered before this run removes it
            // (else Declarative Services applied the configuration after the gateway opened, and closed that)
            Services.get(RoomGateway.class, "(service.pid=" + IrcOption.PID + ")");
            IrcOption.forgetEarlierRuns(admin.service);
            assertNull(admin.service.getConfiguration(IrcOption.PID, "?").getProperties(),
                    "a configured listener would listen whatever the command line says");
            GatewayAddresses addresses = IrcOption.open(context(),
                    IrcOption.settings(Map.of("port", "0", "tls.port", "-1", "network", "Office")),
                    Duration.ofSeconds(20));
            try (RawIrcClient bob = RawIrcClient.connect(addresses.address())) {
                bob.send("NICK bob");
                bob.send("USER bob 0 * :Bob");
                assertTrue(bob.await(" 001 ").endsWith(":Welcome to the Office Network, bob"),
                        "this run's gateway, not the one the earlier configuration had open");
            }
        }
    }

    private static BundleContext context() {
        return FrameworkUtil.getBundle(IrcOptionTest.class).getBundleContext();
    }

    /** The Configuration Admin service, let go when closed. */
    private static final class ConfigurationAdminUse implements AutoCloseable {
        final ServiceReference<ConfigurationAdmin> reference = context().getServiceReference(ConfigurationAdmin.class);
        final ConfigurationAdmin service = context().getService(reference);

        @Override
        public void close() {
            context().ungetService(reference);
        }
    }
}
