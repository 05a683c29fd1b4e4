package org.chatroom.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.chatroom.protocol.Hello;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.ProtocolException;
import org.chatroom.protocol.ServerEvent;

/** A client negotiating the extended protocol over a raw socket and checking every line it gets. */
public final class RawExtendedClient implements Closeable {

    public final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawExtendedClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects, reads the prompt, sends the hello and checks the OK. */
    public static RawExtendedClient connect(InetSocketAddress room) throws IOException {
        return connect(room, null);
    }

    /** {@link #connect(InetSocketAddress)} from the local address {@code local} ({@code null} for any). */
    public static RawExtendedClient connect(InetSocketAddress room, InetAddress local) throws IOException {
        Socket socket = new Socket();
        if (local != null) {
            socket.bind(new InetSocketAddress(local, 0));
        }
        socket.connect(room, 5000);
        socket.setSoTimeout(10_000);
        RawExtendedClient client = new RawExtendedClient(socket);
        byte[] prompt = client.in.readNBytes(OriginalProtocol.PROMPT.length());
        assertEquals(OriginalProtocol.PROMPT, new String(prompt, StandardCharsets.UTF_8));
        client.sendRaw(Hello.helloBytes());
        assertArrayEquals(Hello.okBytes(), client.in.readNBytes(Hello.okBytes().length));
        return client;
    }

    /** Connects, joins as {@code name}, checks WELCOME and returns the MEMBERS list. */
    public static RawExtendedClient join(InetSocketAddress room, String name) throws IOException, ProtocolException {
        return join(room, name, null);
    }

    /** {@link #join(InetSocketAddress, String)} from the local address {@code local} ({@code null} for any). */
    public static RawExtendedClient join(InetSocketAddress room, String name, InetAddress local)
            throws IOException, ProtocolException {
        RawExtendedClient client = connect(room, local);
        client.send("NICK " + name);
        assertEquals(name, client.expect(ServerEvent.Welcome.class).name());
        List<String> members = client.expect(ServerEvent.Members.class).names();
        assertEquals(name, members.get(members.size() - 1), "the newcomer is last in join order");
        return client;
    }

    public void send(String line) throws IOException {
        sendRaw((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next line, without its newline. */
    public String line() throws IOException {
        return readLine(in);
    }

    /**
     * The next newline-terminated line of {@code in}, without its newline, decoded as UTF-8 (the extended protocols'
     * lines; any raw client of them reads through this).
     *
     * @throws EOFException when the stream ends first, with what was read of the line
     */
    public static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new EOFException("connection closed after: " + line.toString(StandardCharsets.UTF_8));
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    public ServerEvent event() throws IOException, ProtocolException {
        return ServerEvent.parse(line());
    }

    public <T extends ServerEvent> T expect(Class<T> type) throws IOException, ProtocolException {
        return assertInstanceOf(type, event());
    }

    /** @return -1 when the server closed the connection (after reading what was left) */
    public int readToEnd() throws IOException {
        in.readAllBytes();
        return in.read();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
