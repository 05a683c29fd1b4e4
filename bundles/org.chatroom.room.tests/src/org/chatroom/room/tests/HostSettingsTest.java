package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawExtendedClient;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;

import org.chatroom.api.room.HostSettings;
import org.chatroom.api.room.RoomHost;
import org.chatroom.api.room.RoomStatus;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.ConfigurationAdmin;

/** {@link RoomHost#start(HostSettings)}: the host's choices apply to one run and are written nowhere. */
class HostSettingsTest {

    @Test
    void settingsApplyToTheRunAndLeaveTheConfigurationAlone() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            RoomHost host = Services.get(RoomHost.class, "");
            ConfigurationAdmin configurations = Services.get(ConfigurationAdmin.class, "");
            try {
                RoomStatus status = host.start(new HostSettings(0, "127.0.0.1", "", 0,
                        Map.of("max.name.length", "5")));
                assertEquals("127.0.0.1", status.address().getAddress().getHostAddress(), "bound as asked");
                InetSocketAddress address = status.address();
                try (RawExtendedClient member = RawExtendedClient.connect(address)) {
                    member.send("NICK toolong");
                    ServerEvent.Err refused = member.expect(ServerEvent.Err.class);
                    assertTrue(refused.text().contains("at most 5"), refused.text());
                    member.send("NICK short");
                    member.expect(ServerEvent.Welcome.class);
                }
                assertEquals(null, configurations.listConfigurations("(service.pid=" + RoomHost.PID + ")"),
                        "nothing was written to Configuration Admin");
            } finally {
                host.stop("test over");
            }
        });
    }

    @Test
    void anUnknownOrMistypedOptionIsRefusedBeforeListening() throws Exception {
        RoomHost host = Services.get(RoomHost.class, "");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> host.start(new HostSettings(0, "127.0.0.1", "", 0, Map.of("rate.per.secnd", "0"))));
        assertEquals("The room has no setting \"rate.per.secnd\": did you mean \"rate.per.second\"?",
                unknown.getMessage(), "the setting meant, for a misspelling");
        IllegalArgumentException far = assertThrows(IllegalArgumentException.class,
                () -> host.start(new HostSettings(0, "127.0.0.1", "", 0, Map.of("colour", "blue"))));
        assertEquals("The room has no setting \"colour\".", far.getMessage(), "no guess far from every setting");
        IllegalArgumentException secret = assertThrows(IllegalArgumentException.class,
                () -> host.start(new HostSettings(0, "127.0.0.1", "", 0, Map.of(".passwrd", "x"))));
        assertTrue(!secret.getMessage().contains("did you mean"), "the password is no option: " + secret.getMessage());
        IllegalArgumentException mistyped = assertThrows(IllegalArgumentException.class,
                () -> host.start(new HostSettings(0, "127.0.0.1", "", 0, Map.of("rate.burst", "lots"))));
        assertEquals("The room setting \"rate.burst\" takes a whole number, not \"lots\".", mistyped.getMessage());
        assertEquals(false, host.status().hosting(), "nothing started");
    }

    /**
     * A setting out of the range its metatype states is refused before listening: a message limit of 0 bytes
     * refused every message, and a rate of -5 a second limited nothing.
     */
    @Test
    void aSettingOutOfItsRangeIsRefusedBeforeListening() throws Exception {
        RoomHost host = Services.get(RoomHost.class, "");
        Map<String, String> refused = Map.of(
                "max.message.bytes", "The room setting \"max.message.bytes\" takes 1 or more, not 0.",
                "rate.per.second", "The room setting \"rate.per.second\" takes 0 or more, not -5.",
                "max.queued.bytes", "The room setting \"max.queued.bytes\" takes 1024 or more, not 0.");
        Map<String, String> values = Map.of("max.message.bytes", "0", "rate.per.second", "-5", "max.queued.bytes", "0");
        refused.forEach((key, message) -> {
            IllegalArgumentException out = assertThrows(IllegalArgumentException.class,
                    () -> host.start(new HostSettings(0, "127.0.0.1", "", 0, Map.of(key, values.get(key)))));
            assertEquals(message, out.getMessage());
        });
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> host.start(new HostSettings(0, "127.0.0.1", "", 0, Map.of("rate.per.second", "NaN"))));
        assertEquals("The room setting \"rate.per.second\" takes a number, not \"NaN\".", nan.getMessage());
        assertEquals(false, host.status().hosting(), "nothing started");
    }
}
