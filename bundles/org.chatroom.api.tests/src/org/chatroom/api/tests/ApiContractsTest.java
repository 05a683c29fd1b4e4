package org.chatroom.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.api.room.RoomStatus;
import org.chatroom.api.transport.TransportLimits;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWiring;

/** The value types of the API refuse what no caller may build, and the packages are exported with versions. */
class ApiContractsTest {

    @Test
    void clientSettingsRefuseImpossibleValues() {
        assertThrows(IllegalArgumentException.class, () -> new ClientSettings("h", 0, "n"));
        assertThrows(IllegalArgumentException.class, () -> new ClientSettings("h", 65536, "n"));
        assertThrows(NullPointerException.class, () -> new ClientSettings(null, 53000, "n"));
        ClientSettings defaults = new ClientSettings("h", 53000, "n");
        assertEquals(ProtocolMode.AUTO, defaults.protocol());
        assertFalse(defaults.autoReconnect());
        assertEquals(Duration.ofSeconds(5), defaults.connectTimeout());
        assertEquals("", defaults.password(), "the constructors of version 1.0 mean no password");
    }

    @Test
    void clientSettingsNeverShowThePassword() {
        ClientSettings settings = new ClientSettings("h", 53000, "n").withPassword("open-sesame");
        assertEquals("open-sesame", settings.password());
        assertFalse(settings.toString().contains("open-sesame"), settings.toString());
        assertEquals("", new ClientSettings("h", 1, "n", false, ProtocolMode.AUTO, Duration.ZERO, null).password());
    }

    @Test
    void clientSettingsOfVersion10ConnectWithoutTlsAndTheNewComponentSaysTls() {
        assertFalse(new ClientSettings("h", 53000, "n").tls());
        assertFalse(new ClientSettings("h", 53000, "n", true, ProtocolMode.AUTO, Duration.ofSeconds(5)).tls());
        assertTrue(new ClientSettings("h", 53443, "n", true, ProtocolMode.AUTO, Duration.ofSeconds(5), true).tls());
    }

    @Test
    void roomStatusIsASnapshot() {
        List<String> members = new ArrayList<>(List.of("ada"));
        RoomStatus status = new RoomStatus(new InetSocketAddress("127.0.0.1", 53000), members, "");
        members.add("bob");
        assertEquals(List.of("ada"), status.members(), "later changes to the caller's list do not leak in");
        assertTrue(status.hosting());
        assertFalse(RoomStatus.STOPPED.hosting());
    }

    @Test
    void limitsMustBePositiveAndEventsHaveNoNullTexts() {
        assertThrows(IllegalArgumentException.class, () -> new TransportLimits(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new TransportLimits(10, -1));
        ChatEvent event = new ChatEvent(ChatEvent.Kind.NOTICE, Instant.EPOCH, null, null, null);
        assertEquals("", event.from());
        assertEquals("", event.to());
        assertEquals("", event.text());
    }

    @Test
    void everyApiPackageIsExportedWithAVersion() {
        Bundle api = FrameworkUtil.getBundle(ClientSettings.class);
        List<String> exported = new ArrayList<>();
        for (BundleCapability capability : api.adapt(BundleWiring.class).getCapabilities("osgi.wiring.package")) {
            String name = (String) capability.getAttributes().get("osgi.wiring.package");
            Version version = (Version) capability.getAttributes().get("version");
            assertTrue(version.getMajor() >= 1, name + " exported without a version");
            exported.add(name);
        }
        assertTrue(exported.containsAll(List.of("org.chatroom.api.client", "org.chatroom.api.room",
                "org.chatroom.api.transport")), "exported: " + exported);
    }
}
