package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.Services;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.chatroom.api.room.RoomHost;
import org.chatroom.api.room.TlsListener;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * "Use TLS" against a room hosted here with a TLS port: the first connection pins the room's certificate and says
 * so; when the pinned fingerprint no longer matches, the refusal is shown as an error row and in the status line.
 */
class TlsConnectTest {

    private Path pins;

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
        if (pins != null) {
            Files.deleteIfExists(pins);
        }
    }

    @Test
    void tlsConnectionPinsAndAChangedCertificateIsShownLoudly() throws Exception {
        int port = Chat.freePort();
        int tlsPort = Chat.freePort();
        Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, port);
        Chat.prefs().putInt(ChatPreferences.HOSTING_TLS_PORT, tlsPort);
        Chat.host();
        Ui.until("connected to the hosted room", () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
        TlsListener tls = Services.require(RoomHost.class, null).tlsListener().orElseThrow();
        Ui.command(Chat.DISCONNECT_COMMAND);
        Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);

        Chat.prefs().put(ChatPreferences.HOST, "127.0.0.1");
        Chat.prefs().putInt(ChatPreferences.PORT, tlsPort);
        Chat.prefs().put(ChatPreferences.NICKNAME, "remy");
        Chat.prefs().putBoolean(ChatPreferences.USE_TLS, true);
        Ui.command(Chat.CONNECT_COMMAND);
        // a first TLS handshake on a loaded machine can outlast the connect timeout: the client then retries
        Ui.until("connected with TLS", Ui.WAIT.plus(Ui.RECONNECT_MAX),
                () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
        Ui.awaitRow(tls.fingerprint());
        Ui.command(Chat.DISCONNECT_COMMAND);
        Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);

        Bundle transport = Arrays.stream(FrameworkUtil.getBundle(TlsConnectTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.chatroom.transport.tls")).findFirst().orElseThrow();
        // in the workspace (the TLS bundle's state location there), not in the configuration area -clean wipes
        pins = org.eclipse.core.runtime.Platform.getStateLocation(transport).append("pinned-rooms.txt").toPath();
        assertNotNull(pins);
        assertTrue(Files.readString(pins).contains("127.0.0.1:" + tlsPort + " " + tls.fingerprint()),
                "the first connection pinned the room's fingerprint");
        String other = "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF";
        Files.writeString(pins, "127.0.0.1:" + tlsPort + " " + other + "\n", StandardCharsets.UTF_8);

        Ui.command(Chat.CONNECT_COMMAND);
        Ui.awaitRow("HAS CHANGED");
        String row = Ui.row(Ui.messages(), Ui.lastRowContaining("HAS CHANGED", 20));
        assertTrue(row.contains(other) && row.contains(tls.fingerprint()) && row.contains(pins.toString()),
                "the error names both fingerprints and the file to edit: " + row);
        Ui.until("the status line to tell the refusal (the reason in its tooltip)",
                () -> Ui.status().equals(Messages.stateDisconnected) && Ui.statusTip().contains("HAS CHANGED"),
                () -> Ui.status() + " / " + Ui.statusTip());
    }
}
