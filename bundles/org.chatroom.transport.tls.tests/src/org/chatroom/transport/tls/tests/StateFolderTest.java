package org.chatroom.transport.tls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import org.chatroom.api.transport.ClientTransport;
import org.chatroom.api.transport.SecureEndpoint;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.testing.RecordingHandler;
import org.chatroom.testing.Services;
import org.chatroom.transport.tls.internal.ServerIdentity;
import org.chatroom.transport.tls.internal.StateFolder;
import org.chatroom.transport.tls.internal.TlsClientTransport;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The TLS bundle keeps a room's generated identity and the client's pins in the run's own data folder (the instance
 * area), not in its data area in the configuration area, which {@code -clean} wipes (a room then came back with a new
 * certificate that every member's pin refused); a file an earlier version kept in the data area is copied over once.
 */
class StateFolderTest {

    private static BundleContext tlsBundle() {
        BundleContext tests = FrameworkUtil.getBundle(StateFolderTest.class).getBundleContext();
        return Arrays.stream(tests.getBundles()).filter(b -> b.getSymbolicName().equals("org.chatroom.transport.tls"))
                .findFirst().orElseThrow().getBundleContext();
    }

    private static Path instanceFolder(BundleContext context) throws Exception {
        String area = context.getProperty("osgi.instance.area");
        assertNotNull(area, "the test runtime has an instance area (-data)");
        return Path.of(new URI(area.replace(" ", "%20"))).resolve(".metadata").resolve(".plugins")
                .resolve("org.chatroom.transport.tls");
    }

    @Test
    void theRoomsIdentityAndThePinsAreKeptInTheInstanceArea() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            BundleContext context = tlsBundle();
            Path folder = instanceFolder(context);
            assertEquals(folder, StateFolder.of(context));
            assertTrue(!folder.startsWith(context.getDataFile("").toPath()), "not in the configuration area");

            ServerTransport server = Services.get(ServerTransport.class, TlsTransportTest.TLS);
            SecureEndpoint endpoint = (SecureEndpoint) server.listen(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), TransportLimits.DEFAULT,
                    new RecordingHandler());
            try {
                assertTrue(Files.exists(folder.resolve("server.p12")), "the generated keystore is there");
                assertEquals(ServerIdentity.generated(folder).fingerprint(), endpoint.fingerprint(),
                        "the room presents the identity kept there");
            } finally {
                endpoint.close();
            }
            ClientTransport client = Services.get(ClientTransport.class, TlsTransportTest.TLS);
            assertEquals(folder.resolve(TlsClientTransport.PIN_FILE), ((TlsClientTransport) client).pins().file());
        });
    }

    @Test
    void aFileTheDataAreaHeldIsCopiedOverOnceWithItsPermissions() throws Exception {
        BundleContext context = tlsBundle();
        String name = "probe-" + UUID.randomUUID() + ".txt";
        Path old = context.getDataFile(name).toPath();
        Files.writeString(old, "kept by an earlier version", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-------"));
        Path moved = StateFolder.file(context, name);
        try {
            assertEquals(instanceFolder(context).resolve(name), moved);
            assertEquals("kept by an earlier version", Files.readString(moved, StandardCharsets.UTF_8));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(moved)));
            Files.writeString(moved, "changed since", StandardCharsets.UTF_8);
            assertEquals(moved, StateFolder.file(context, name));
            assertEquals("changed since", Files.readString(moved, StandardCharsets.UTF_8), "copied once only");
        } finally {
            Files.deleteIfExists(old);
            Files.deleteIfExists(moved);
        }
    }
}
