package org.chatroom.irc.internal.session;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One connection's SASL state (IRCv3 {@code sasl} 3.1/3.2, mechanism {@code PLAIN}): the exchange under way, the
 * failures so far and the account once logged in. Used from the connection's thread only, but for the account.
 */
final class SaslLogin {

    /** Bytes of one {@code AUTHENTICATE} chunk; a chunk of exactly this many says that more follow. */
    static final int CHUNK = 400;
    /** Most base64 bytes one response may take in all ({@code 905} beyond): ample for a name and a password. */
    static final int MOST_BYTES = 4 * CHUNK;

    /** A PLAIN response: who logs in and with what. */
    record Plain(String authzid, String authcid, String password) {
    }

    private boolean started;
    private final StringBuilder response = new StringBuilder();
    private int failures;
    private volatile String account;

    boolean started() {
        return started;
    }

    void start() {
        started = true;
        response.setLength(0);
    }

    /** Ends the exchange under way, if any; @return whether one was */
    boolean end() {
        boolean was = started;
        started = false;
        response.setLength(0);
        return was;
    }

    /**
     * Adds a chunk; @return whether the response is complete (the chunk was shorter than {@link #CHUNK})
     *
     * @throws IllegalStateException when the response would grow beyond {@link #MOST_BYTES} (the exchange ends)
     */
    boolean add(String chunk) {
        if (chunk.length() > CHUNK || response.length() + chunk.length() > MOST_BYTES) {
            end();
            throw new IllegalStateException("too long");
        }
        if (!"+".equals(chunk)) {
            response.append(chunk);
        }
        return chunk.length() < CHUNK;
    }

    /** The complete response as PLAIN's three fields, the exchange ended; null when it is not that. */
    Plain plain() {
        String text = response.toString();
        end();
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String[] fields = new String(decoded, StandardCharsets.UTF_8).split("\0", -1);
        return fields.length == 3 ? new Plain(fields[0], fields[1], fields[2]) : null;
    }

    /** Counts a failed exchange; @return the failures so far */
    int failed() {
        return ++failures;
    }

    /** The account logged in to, or null. */
    String account() {
        return account;
    }

    void account(String name) {
        this.account = name;
    }
}
