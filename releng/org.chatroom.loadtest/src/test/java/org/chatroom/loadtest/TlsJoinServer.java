package org.chatroom.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A real TLS server on a free loopback port that lets clients join as the original protocol does (prompt, name,
 * welcome), one thread per client: enough for the tool's TLS tests. Its key is an EC P-256 one made by the JDK's
 * keytool, as the room's is.
 */
final class TlsJoinServer implements AutoCloseable {

    private static final String PASSWORD = "test-only";

    private final ServerSocket server;
    private final AtomicInteger welcomed = new AtomicInteger();

    TlsJoinServer(Path directory) throws IOException, GeneralSecurityException, InterruptedException {
        SSLContext context = SSLContext.getInstance("TLS");
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore(directory.resolve("server.p12")), PASSWORD.toCharArray());
        context.init(keys.getKeyManagers(), null, null);
        server = context.getServerSocketFactory().createServerSocket(0, 100, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "tls-join-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Clients that were sent their welcome. */
    int welcomed() {
        return welcomed.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread thread = new Thread(() -> join(client), "tls-join-client");
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void join(Socket client) {
        try (client) {
            client.setSoTimeout(20_000);
            OutputStream out = client.getOutputStream();
            out.write((Connection.PROMPT + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = client.getInputStream();
            byte[] buffer = new byte[256];
            int n = in.read(buffer);
            if (n <= 0) {
                return;
            }
            String name = new String(buffer, 0, n, StandardCharsets.UTF_8).strip();
            out.write(("Welcome to the chat " + name + ".\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            welcomed.incrementAndGet();
            while (in.read(buffer) > 0) {
                // until the client leaves
            }
        } catch (IOException e) {
            // the client left
        }
    }

    private static KeyStore keyStore(Path file) throws IOException, GeneralSecurityException, InterruptedException {
        Process keytool = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), "-genkeypair", "-noprompt", "-alias", "room", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=test", "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", PASSWORD)).redirectErrorStream(true).start();
        if (!keytool.waitFor(120, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            keytool.destroyForcibly();
            throw new IOException("keytool failed: " + new String(keytool.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
