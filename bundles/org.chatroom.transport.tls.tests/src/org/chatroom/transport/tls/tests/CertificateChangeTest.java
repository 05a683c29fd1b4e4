package org.chatroom.transport.tls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;

import org.chatroom.api.transport.CertificateChangedException;
import org.chatroom.api.transport.ClientTransport;
import org.chatroom.api.transport.SecureConnection;
import org.chatroom.api.transport.SecureEndpoint;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.transport.tls.internal.Keytool;
import org.chatroom.transport.tls.internal.TlsClientTransport;
import org.chatroom.transport.tls.internal.TlsTransportConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.chatroom.testing.RecordingHandler;
import org.chatroom.testing.Services;

/**
 * A room whose certificate changes after a client pinned it: the room is configured with another keystore through
 * Configuration Admin, listening on the same port, and the client refuses it loudly until the pin is forgotten.
 */
class CertificateChangeTest {

    @TempDir
    Path directory;

    @Test
    void changedCertificateIsRefusedNamingBothFingerprintsUntilThePinIsForgotten() {
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            ConfigurationAdmin configurations = Services.get(ConfigurationAdmin.class, "");
            Configuration configuration = configurations.getConfiguration(TlsTransportConfig.PID, "?");
            ClientTransport client = Services.get(ClientTransport.class, TlsTransportTest.TLS);
            try {
                SecureEndpoint first = listen(0);
                InetSocketAddress address = first.localAddress();
                String original = first.fingerprint();
                SecureConnection pinning = connect(client, address);
                assertTrue(pinning.pinnedNow());
                pinning.close("done");
                first.close();

                Path keystore = directory.resolve("other.p12");
                Keytool.generate(keystore, "other", "s3cret-pass".toCharArray(), "Someone else");
                Dictionary<String, Object> properties = new Hashtable<>();
                properties.put("keystore.path", keystore.toString());
                properties.put("keystore.password", "s3cret-pass");
                properties.put("key.alias", "other");
                configuration.update(properties);
                SecureEndpoint second = listenWithAnotherCertificate(address.getPort(), original);
                try {
                    String replacement = second.fingerprint();
                    CertificateChangedException refused = assertThrows(CertificateChangedException.class,
                            () -> connect(client, address));
                    assertEquals(original, refused.pinned());
                    assertEquals(replacement, refused.presented());
                    String message = refused.getMessage();
                    String key = address.getHostString() + ":" + address.getPort();
                    assertEquals(key, refused.address());
                    assertTrue(message.startsWith("WARNING: THE CERTIFICATE OF " + key + " HAS CHANGED."), message);
                    assertTrue(message.contains(original) && message.contains(replacement), message);
                    assertTrue(message.contains(refused.pinStore()) && refused.pinStore().endsWith(
                            "pinned-rooms.txt"), "the message says which file to edit: " + message);
                    assertTrue(Files.readString(Path.of(refused.pinStore())).contains(original),
                            "the old pin stays until the user removes it");

                    ((TlsClientTransport) client).pins().forget(key);
                    SecureConnection accepted = connect(client, address);
                    assertTrue(accepted.pinnedNow(), "after forgetting, the new certificate is pinned");
                    assertEquals(replacement, accepted.peerFingerprint());
                    accepted.close("done");
                } finally {
                    second.close();
                }
            } finally {
                configuration.delete();
            }
        });
    }

    private static SecureConnection connect(ClientTransport client, InetSocketAddress address) throws Exception {
        return assertInstanceOf(SecureConnection.class, client.connect(address, TransportLimits.DEFAULT,
                new RecordingHandler(), Duration.ofSeconds(5)));
    }

    private static SecureEndpoint listen(int port) throws Exception {
        ServerTransport server = Services.get(ServerTransport.class, TlsTransportTest.TLS);
        return (SecureEndpoint) server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                TransportLimits.DEFAULT, new RecordingHandler());
    }

    /** Configuration reaches the component asynchronously: listen until the endpoint has the new certificate. */
    private static SecureEndpoint listenWithAnotherCertificate(int port, String old) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                SecureEndpoint endpoint = listen(port);
                if (!endpoint.fingerprint().equals(old)) {
                    return endpoint;
                }
                endpoint.close();
            } catch (java.io.IOException | IllegalStateException e) {
                // the component is being replaced
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the TLS transport did not take the configured keystore within 20 s");
    }

    @Test
    void generatedIdentityIsKeptInTheDataAreaAndReused() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            var first = org.chatroom.transport.tls.internal.ServerIdentity.generated(directory);
            assertTrue(Files.exists(directory.resolve("server.p12")));
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(directory.resolve("server.p12.password"))),
                    "the generated keystore's password is readable by its owner only");
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(directory.resolve("server.p12"))),
                    "and the keystore, which holds the private key (it was readable by everyone)");
            // as an earlier version left it
            Files.setPosixFilePermissions(directory.resolve("server.p12"),
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            var again = org.chatroom.transport.tls.internal.ServerIdentity.generated(directory);
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(directory.resolve("server.p12"))), "made the owner's only");
            assertEquals(first.fingerprint(), again.fingerprint(), "generated once, then reused");
            assertNotEquals(first.fingerprint(), org.chatroom.transport.tls.internal.ServerIdentity
                    .generated(directory.resolve("elsewhere")).fingerprint(), "every room gets its own key");
        });
    }
}
