package org.chatroom.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.Hello;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.ProtocolException;
import org.chatroom.protocol.RoomLine;
import org.chatroom.protocol.ServerEvent;

/**
 * A client of the rooms protocol ({@code CHATROOM/2}) over a raw socket, checking every line it gets with JUnit
 * assertions (since 1.6; it was a fixture of the room's tests only).
 */
public final class RawRoomClient implements Closeable {

    public final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawRoomClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects, negotiates {@code CHATROOM/2} and takes {@code name}. */
    public static RawRoomClient join(InetSocketAddress room, String name) throws IOException, ProtocolException {
        return join(room, name, null);
    }

    /** {@link #join(InetSocketAddress, String)} from the local address {@code local} ({@code null}: any). */
    public static RawRoomClient join(InetSocketAddress room, String name, InetAddress local)
            throws IOException, ProtocolException {
        Socket socket = new Socket();
        if (local != null) {
            socket.bind(new InetSocketAddress(local, 0));
        }
        socket.connect(room, 5000);
        socket.setSoTimeout(10_000);
        RawRoomClient client = new RawRoomClient(socket);
        assertEquals(OriginalProtocol.PROMPT, new String(client.in.readNBytes(OriginalProtocol.PROMPT.length()),
                StandardCharsets.UTF_8));
        client.out.write(Hello.helloBytes(2));
        assertArrayEquals(Hello.okBytes(2), client.in.readNBytes(Hello.okBytes(2).length));
        client.send("NICK " + name);
        assertEquals(name, client.plain(ServerEvent.Welcome.class).name());
        return client;
    }

    public void send(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The next line, without its newline. */
    public String line() throws IOException {
        return RawExtendedClient.readLine(in);
    }

    public RoomLine next() throws IOException, ProtocolException {
        return RoomLine.parse(line());
    }

    public <T extends RoomLine> T expect(Class<T> type) throws IOException, ProtocolException {
        return assertInstanceOf(type, next());
    }

    public <T extends ServerEvent> T plain(Class<T> type) throws IOException, ProtocolException {
        return assertInstanceOf(type, expect(RoomLine.Plain.class).event());
    }

    /** The next line is {@code ERR code}; @return its text */
    public String refused(ErrorCode code) throws IOException, ProtocolException {
        ServerEvent.Err err = plain(ServerEvent.Err.class);
        assertEquals(code, err.code(), err.text());
        return err.text();
    }

    public RoomLine.Event event(RoomLine.Mark mark) throws IOException, ProtocolException {
        RoomLine.Event event = expect(RoomLine.Event.class);
        assertEquals(mark, event.mark(), event.toLine());
        return event;
    }

    /** Joins {@code room} (JOIN line as given) and collects the history until JOINED, then MEMBERS (and TOPIC). */
    public Joined joinRoom(String joinLine) throws IOException, ProtocolException {
        send(joinLine);
        return joined();
    }

    /** Collects the history of a join already asked for, until JOINED, then MEMBERS. */
    public Joined joined() throws IOException, ProtocolException {
        List<RoomLine.Event> history = new ArrayList<>();
        long lost = 0;
        while (true) {
            RoomLine line = next();
            if (line instanceof RoomLine.Lost gone) {
                lost = gone.count();
            } else if (line instanceof RoomLine.Event event) {
                assertEquals(RoomLine.Mark.HISTORY, event.mark(), event.toLine());
                history.add(event);
            } else {
                RoomLine.Joined joined = assertInstanceOf(RoomLine.Joined.class, line);
                List<String> members = expect(RoomLine.Members.class).names();
                return new Joined(joined.seq(), history, lost, members, joined.identity());
            }
        }
    }

    /** What joining a room gave ({@code identity}: the room's, as {@code JOINED} said it). */
    public record Joined(long seq, List<RoomLine.Event> history, long lost, List<String> members, String identity) {
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
