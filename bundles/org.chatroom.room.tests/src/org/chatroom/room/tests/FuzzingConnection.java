package org.chatroom.room.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * One fuzzing client: a fixed number of connections, each sending a few {@link FuzzInputs} chunks and reading what
 * comes back, until it is done or the server closes it. Returns what it saw.
 */
final class FuzzingConnection implements Callable<FuzzingConnection.Seen> {

    /** What a fuzzing client got back over all its connections. */
    record Seen(int connections, int closedByServer, int errorReplies, long bytesSent) {
    }

    private final InetSocketAddress room;
    private final FuzzInputs inputs;
    private final int connections;

    FuzzingConnection(InetSocketAddress room, FuzzInputs inputs, int connections) {
        this.room = room;
        this.inputs = inputs;
        this.connections = connections;
    }

    @Override
    public Seen call() throws IOException {
        int closed = 0;
        int errors = 0;
        long sent = 0;
        for (int c = 0; c < connections; c++) {
            try (Socket socket = new Socket()) {
                socket.connect(room, 5000);
                socket.setSoTimeout(20);
                InputStream in = socket.getInputStream();
                StringBuilder replies = new StringBuilder();
                boolean open = true;
                for (int i = 0, n = 1 + (c % 6); i < n && open; i++) {
                    byte[] chunk = inputs.next();
                    try {
                        socket.getOutputStream().write(chunk);
                        sent += chunk.length;
                        open = drain(in, replies);
                    } catch (IOException reset) {
                        open = false;
                    }
                }
                if (!open) {
                    closed++;
                }
                errors += count(replies, "Error: ") + count(replies, "ERR ");
                if (inputs.chance(4)) {
                    socket.setSoLinger(true, 0); // a reset instead of a clean close now and then
                }
            }
        }
        return new Seen(connections, closed, errors, sent);
    }

    /** Reads what arrived within the socket timeout; false when the server closed the connection. */
    private static boolean drain(InputStream in, StringBuilder replies) throws IOException {
        byte[] buffer = new byte[8192];
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (java.net.SocketTimeoutException quiet) {
                return true;
            }
            if (n < 0) {
                return false;
            }
            if (replies.length() < 1 << 16) {
                replies.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        }
    }

    private static int count(CharSequence text, String what) {
        int count = 0;
        for (int at = text.toString().indexOf(what); at >= 0; at = text.toString().indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }
}
