package org.chatroom.cluster.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chatroom.protocol.Hello;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.ProtocolException;
import org.chatroom.protocol.RoomLine;

/**
 * A member of a cluster's default room on a real socket, with a reader thread: an original client, a
 * {@code chatroom/1} one, or a {@code chatroom/2} one in room {@value #ROOM} that remembers the last event number it
 * received and resumes after it on another node. It records the message tokens ({@code <sender#n>}, see
 * {@link #token}) it receives, in order, and, for {@code chatroom/2}, the sequence numbers.
 */
final class Member implements AutoCloseable {

    enum Protocol { ORIGINAL, EXTENDED, ROOMS }

    static final String ROOM = "general";
    private static final Pattern TOKEN = Pattern.compile("<([A-Za-z0-9]+#[0-9]+)>");
    private static final Pattern NUMBERED = Pattern.compile("^(?:EVENT|HISTORY) " + ROOM + " ([0-9]+) ");

    final String name;
    final Protocol protocol;
    private Socket socket;
    /** The room's identity, as its last {@code JOINED} said. */
    private String identity = "";
    private OutputStream out;
    private final StringBuilder text = new StringBuilder(); // guarded by this
    private int scanned; // guarded by this: where the next token is looked for
    private final List<String> tokens = new ArrayList<>(); // guarded by this
    private final List<String> lines = new ArrayList<>(); // guarded by this (extended protocols)
    private final List<Long> seqs = new ArrayList<>(); // guarded by this
    private boolean ended; // guarded by this: the connection ended

    private Member(String name, Protocol protocol) {
        this.name = name;
        this.protocol = protocol;
    }

    /** The text of message {@code n} of {@code sender}. */
    static String token(String sender, int n) {
        return "<" + sender + "#" + n + ">";
    }

    /** Connects to {@code node} and joins as {@code name} (chatroom/2 members also join {@value #ROOM}). */
    static Member join(InetSocketAddress node, String name, Protocol protocol) throws IOException, InterruptedException {
        Member member = new Member(name, protocol);
        member.connect(node, name, -1);
        return member;
    }

    /** A chatroom/2 member called {@code name} on {@code node}, in no room yet. */
    static Member named(InetSocketAddress node, String name) throws IOException, InterruptedException {
        Member member = new Member(name, Protocol.ROOMS);
        int from = member.nick(name, member.open(node, name).lines());
        member.awaitLine(line -> line.startsWith("WELCOME ") && line.endsWith(" " + name), from);
        return member;
    }

    /** A chatroom/2 member that joins {@value #ROOM} with its whole kept history ({@code JOIN general 0}). */
    static Member replaying(InetSocketAddress node, String name) throws IOException, InterruptedException {
        Member member = new Member(name, Protocol.ROOMS);
        member.connect(node, name, 0);
        return member;
    }

    /**
     * After its node died: connects to {@code node} as {@code newName} and resumes {@value #ROOM} after the last event
     * it received (chatroom/2 only).
     */
    void resume(InetSocketAddress node, String newName) throws IOException, InterruptedException {
        connect(node, newName, lastSeq());
    }

    /** Where a connection's text and lines start in what this member recorded. */
    private record Start(int text, int lines) {
    }

    /** Connects to {@code node} and waits for its prompt; @return where this connection's text and lines start */
    private Start open(InetSocketAddress node, String as) throws IOException, InterruptedException {
        Socket opened = new Socket();
        opened.connect(node, 5_000);
        Start start;
        synchronized (this) {
            socket = opened;
            out = opened.getOutputStream();
            ended = false;
            start = new Start(text.length(), lines.size());
        }
        Thread reader = new Thread(() -> read(opened), "member-" + as);
        reader.setDaemon(true);
        reader.start();
        awaitText(OriginalProtocol.PROMPT, start.text());
        return start;
    }

    private void connect(InetSocketAddress node, String as, long since) throws IOException, InterruptedException {
        Start start = open(node, as);
        int textFrom = start.text();
        int linesFrom = start.lines();
        if (protocol == Protocol.ORIGINAL) {
            write(as);
            awaitText("Welcome to the chat " + as + ".", textFrom);
            return;
        }
        awaitLine(line -> line.startsWith("WELCOME ") && line.endsWith(" " + as), nick(as, linesFrom));
        if (protocol == Protocol.ROOMS) {
            // a resume names the room it continues, as our client does: the node it resumes on must know it as such
            String resumed = identity.isEmpty() ? Long.toString(since) : since + "@" + identity;
            send(since < 0 ? "JOIN " + ROOM : "JOIN " + ROOM + " " + resumed);
            String answer = awaitLine(line -> line.startsWith("JOINED ") && line.contains(" " + ROOM + " ")
                    || line.startsWith("ERR "), linesFrom);
            identity = joinedIdentity(answer, as);
        }
    }

    /** @return the room's identity from {@code answer}, the room's {@code JOINED} (a refusal fails the test) */
    private static String joinedIdentity(String answer, String as) {
        try {
            if (RoomLine.parse(answer) instanceof RoomLine.Joined joined && !joined.identity().isEmpty()) {
                return joined.identity();
            }
        } catch (ProtocolException e) {
            throw new IllegalStateException(answer, e);
        }
        throw new IllegalStateException(as + " was not let into " + ROOM + ": " + answer);
    }

    /** Says hello and asks for the name {@code as} (extended protocols); @return where the answer's lines start */
    private int nick(String as, int linesFrom) throws IOException, InterruptedException {
        int version = protocol == Protocol.ROOMS ? 2 : 1;
        writeBytes(Hello.helloBytes(version));
        String ok = new String(Hello.okBytes(version), StandardCharsets.UTF_8).strip();
        awaitLine(line -> line.endsWith(ok), linesFrom); // the line starts with the prompt, which has no newline
        int answerFrom;
        synchronized (this) {
            answerFrom = lines.size();
        }
        send("NICK " + as);
        return answerFrom;
    }

    /**
     * Connects to {@code node} with the {@code chatroom/1} protocol and asks for the name {@code name}; @return the
     * server's answer, its {@code WELCOME} or {@code ERR} line (the connection is closed after)
     */
    static String nickAnswer(InetSocketAddress node, String name) throws IOException, InterruptedException {
        Member member = new Member(name, Protocol.EXTENDED);
        try {
            int from = member.nick(name, member.open(node, name).lines());
            return member.awaitLine(line -> line.startsWith("WELCOME ") || line.startsWith("ERR "), from);
        } finally {
            member.close();
        }
    }

    /** Says message {@code n}: its token. */
    void say(int n) throws IOException {
        switch (protocol) {
        case ORIGINAL -> write(token(name, n));
        case EXTENDED -> send("MSG " + token(name, n));
        case ROOMS -> send("MSG " + ROOM + " " + token(name, n));
        }
    }

    /**
     * Says message {@code n} (an extended member) and waits for what became of it. @return true when it came back
     * (committed), false when the node refused it ({@code ERR})
     */
    boolean sayConfirmed(int n) throws IOException, InterruptedException {
        String wanted = token(name, n);
        wanted = wanted.substring(1, wanted.length() - 1);
        int before;
        synchronized (this) {
            before = lines.size();
        }
        say(n);
        synchronized (this) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (true) {
                if (tokens.contains(wanted)) {
                    return true;
                }
                for (int i = before; i < lines.size(); i++) {
                    if (lines.get(i).startsWith("ERR ")) {
                        return false;
                    }
                }
                waitUntil(deadline, "the outcome of " + wanted);
            }
        }
    }

    /** The members of the room as this (extended) member is told on asking. */
    List<String> names() throws IOException, InterruptedException {
        int before;
        synchronized (this) {
            before = lines.size();
        }
        send(protocol == Protocol.ROOMS ? "NAMES " + ROOM : "NAMES");
        String prefix = "MEMBERS ";
        String line = awaitLine(l -> l.startsWith(prefix), before);
        List<String> fields = new ArrayList<>(List.of(line.split(" ")));
        fields.subList(0, protocol == Protocol.ROOMS ? 3 : 2).clear(); // MEMBERS TS [room]
        return fields;
    }

    void send(String line) throws IOException {
        write(line + "\n");
    }

    private void write(String raw) throws IOException {
        writeBytes(raw.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized void writeBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    private void read(Socket from) {
        byte[] buffer = new byte[8192];
        StringBuilder line = new StringBuilder();
        try (InputStream in = from.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                String chunk = new String(buffer, 0, n, StandardCharsets.UTF_8);
                synchronized (this) {
                    text.append(chunk);
                    scanTokens();
                    if (protocol != Protocol.ORIGINAL) {
                        for (char c : chunk.toCharArray()) {
                            if (c == '\n') {
                                lineRead(line.toString());
                                line.setLength(0);
                            } else {
                                line.append(c);
                            }
                        }
                    }
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the connection ended
        } finally {
            synchronized (this) {
                if (socket == from) {
                    ended = true;
                }
                notifyAll();
            }
        }
    }

    // under this
    private void scanTokens() {
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find(scanned)) {
            tokens.add(matcher.group(1));
            scanned = matcher.end();
        }
    }

    // under this
    private void lineRead(String line) {
        lines.add(line);
        Matcher numbered = NUMBERED.matcher(line);
        if (numbered.find()) {
            seqs.add(Long.parseLong(numbered.group(1)));
        }
    }

    private synchronized void awaitText(String wanted, int from) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (text.indexOf(wanted, from) < 0) {
            waitUntil(deadline, "'" + wanted + "'");
        }
    }

    private synchronized String awaitLine(Predicate<String> wanted, int from) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            for (int i = from; i < lines.size(); i++) {
                if (wanted.test(lines.get(i))) {
                    return lines.get(i);
                }
            }
            waitUntil(deadline, "a line");
        }
    }

    /** Waits until this member has received {@code count} message tokens; @return them, in order */
    synchronized List<String> awaitTokens(int count, Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (tokens.size() < count) {
            waitUntil(deadline, count + " messages (has " + tokens.size() + ")");
        }
        return List.copyOf(tokens);
    }

    /** Waits until this member has received every one of {@code wanted} (tokens without their brackets). */
    synchronized void awaitAll(Set<String> wanted, Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!new HashSet<>(tokens).containsAll(wanted)) {
            waitUntil(deadline, wanted.size() + " given messages (has " + tokens.size() + ")");
        }
    }

    /** Waits until the room's event {@code kind} about {@code who} arrived (chatroom/2 only); @return its line */
    String awaitEvent(String kind, String who) throws InterruptedException, IOException {
        return awaitAnyLine(line -> line.matches("EVENT " + ROOM + " [0-9]+ \\S+ " + kind + " " + who + "( .*)?"));
    }

    /** How many lines this member has received (extended protocols): where lines still to come start. */
    synchronized int lineCount() {
        return lines.size();
    }

    /** Waits until a line {@code wanted} matches arrived after the first {@code from} lines; @return it */
    String awaitLineAfter(int from, Predicate<String> wanted) throws InterruptedException, IOException {
        return awaitLine(wanted, from);
    }

    /** Waits until a line {@code wanted} matches arrived; @return it */
    String awaitAnyLine(Predicate<String> wanted) throws InterruptedException, IOException {
        return awaitLine(wanted, 0);
    }

    // under this
    private void waitUntil(long deadline, String what) throws InterruptedException, IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new AssertionError(name + " did not get " + what + "; lines " + tail(lines) + " text " + tail(text));
        }
        if (ended) {
            throw new IOException(name + ": connection ended while waiting for " + what + "; lines " + tail(lines));
        }
        wait(Math.max(1, left / 1_000_000));
    }

    private static String tail(Object all) {
        String text = String.valueOf(all);
        return text.length() > 600 ? "..." + text.substring(text.length() - 600) : text;
    }

    synchronized List<String> tokens() {
        return List.copyOf(tokens);
    }

    synchronized List<Long> seqs() {
        return List.copyOf(seqs);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized long lastSeq() {
        return seqs.isEmpty() ? 0 : seqs.get(seqs.size() - 1);
    }

    /** Waits until the node closed the connection. */
    synchronized void awaitClosed() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(name + " is still connected; lines " + tail(lines));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Whether the connection is still open (the node did not close it). */
    synchronized boolean connected() {
        return !ended;
    }

    @Override
    public void close() throws IOException {
        Socket current;
        synchronized (this) {
            current = socket;
        }
        if (current != null) {
            current.close();
        }
    }
}
