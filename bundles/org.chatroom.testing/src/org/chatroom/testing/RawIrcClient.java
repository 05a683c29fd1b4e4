package org.chatroom.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An IRC client over a raw socket: sends lines, reads CR LF ended lines, waits (bounded) for expected ones. */
public final class RawIrcClient implements Closeable {

    /** Lines one wait may skip before it fails: keeps a wrong expectation from reading forever. */
    private static final int MOST_SKIPPED = 10_000;

    public final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final List<String> seen = new ArrayList<>();

    private RawIrcClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    public static RawIrcClient connect(InetSocketAddress server) throws IOException {
        Socket socket = new Socket();
        socket.connect(server, 5000);
        return over(socket);
    }

    /**
     * An IRC client over a socket already connected (e.g. a TLS socket); reads wait at most 10 s.
     *
     * @since 1.7
     */
    public static RawIrcClient over(Socket connected) throws IOException {
        connected.setSoTimeout(10_000);
        return new RawIrcClient(connected);
    }

    /** Connects and registers as {@code nick} (NICK, USER), reading up to the end of the MOTD. */
    public static RawIrcClient register(InetSocketAddress server, String nick) throws IOException {
        RawIrcClient client = connect(server);
        client.send("NICK " + nick);
        client.send("USER " + nick + " 0 * :" + nick + " the tester");
        client.await(" (376|422) ");
        return client;
    }

    public void send(String line) throws IOException {
        sendRaw((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next line, without CR LF; every line must end with CR LF. */
    public String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("closed after " + line.size() + " bytes of a line; lines so far: " + seen);
            }
            if (b == '\n') {
                if (previous != '\r') {
                    throw new AssertionError("a line ended with LF alone: " + line);
                }
                byte[] bytes = line.toByteArray();
                String text = new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
                if (bytes.length + 1 > 512 && !text.startsWith("@")) {
                    throw new AssertionError("a line of " + (bytes.length + 1) + " bytes: " + text);
                }
                seen.add(text);
                return text;
            }
            line.write(b);
            previous = b;
        }
    }

    /** Reads lines until one matches {@code regex} (found anywhere in it); @return that line */
    public String await(String regex) throws IOException {
        Pattern pattern = Pattern.compile(regex);
        for (int i = 0; i < MOST_SKIPPED; i++) {
            String line = line();
            if (pattern.matcher(line).find()) {
                return line;
            }
        }
        throw new AssertionError("no line matching " + regex + " in " + MOST_SKIPPED + " lines");
    }

    /** Reads lines up to and including the one matching {@code regex}; @return them all */
    public List<String> until(String regex) throws IOException {
        Pattern pattern = Pattern.compile(regex);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < MOST_SKIPPED; i++) {
            String line = line();
            lines.add(line);
            if (pattern.matcher(line).find()) {
                return lines;
            }
        }
        throw new AssertionError("no line matching " + regex + " in " + MOST_SKIPPED + " lines");
    }

    /** Reads until the server closes; @return the lines read meanwhile */
    public List<String> readToEnd() throws IOException {
        List<String> lines = new ArrayList<>();
        try {
            while (true) {
                lines.add(line());
            }
        } catch (EOFException e) {
            return lines;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
