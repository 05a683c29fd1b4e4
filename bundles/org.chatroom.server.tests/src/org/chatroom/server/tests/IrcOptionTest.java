package org.chatroom.server.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Map;

import org.chatroom.server.internal.IrcOption;
import org.chatroom.server.internal.ServerArguments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * {@code chatroom-server --irc FILE}: the IRC listener's settings for this run, from the command line only. The listener
 * itself, started by such a configuration, is tested in {@code org.chatroom.irc.tests} and through the packaged server
 * in {@code product-smoke.sh}.
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
    void theSettingsBecomeTheListenersConfigurationForThisRunOnly() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceReference<ConfigurationAdmin> reference = context.getServiceReference(ConfigurationAdmin.class);
        ConfigurationAdmin admin = context.getService(reference);
        try {
            IrcOption.configure(admin, Map.of("port", "6668", "operators", "ada pbkdf2-sha256$a, bob pbkdf2-sha256$b",
                    "accounts", "carol pbkdf2-sha256$c,"));
            Dictionary<String, Object> properties = admin.getConfiguration(IrcOption.PID, "?").getProperties();
            assertEquals("6668", properties.get("port"));
            assertArrayEquals(new String[] { "ada pbkdf2-sha256$a", "bob pbkdf2-sha256$b" },
                    (String[]) properties.get("operators"), "one account per comma-separated value");
            assertArrayEquals(new String[] { "carol pbkdf2-sha256$c" }, (String[]) properties.get("accounts"),
                    "SASL accounts as well");

            IrcOption.configure(admin, null);
            assertNull(admin.getConfiguration(IrcOption.PID, "?").getProperties(),
                    "a run without --irc removes what an earlier run configured: the listener is off");
        } finally {
            context.ungetService(reference);
        }
    }
}
