package org.chatroom.irc.internal.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The IRCv3 capabilities the listener offers, and those one client enabled: one bit each, read on every delivery to the
 * client (a concurrent set, hashing the name per look-up, took a fifth of the room's delivering thread).
 */
final class Caps {

    static final String SERVER_TIME = "server-time";
    static final String MESSAGE_TAGS = "message-tags";
    static final String ECHO_MESSAGE = "echo-message";
    static final String MULTI_PREFIX = "multi-prefix";
    static final String BATCH = "batch";
    static final String CHATHISTORY = "draft/chathistory";
    static final String EVENT_PLAYBACK = "draft/event-playback";
    static final List<String> OFFERED = List.of(SERVER_TIME, MESSAGE_TAGS, ECHO_MESSAGE, MULTI_PREFIX, BATCH,
            CHATHISTORY, EVENT_PLAYBACK);
    /** Offered only where there are accounts to log in to ({@link SaslPolicy#offered()}). */
    static final String SASL = "sasl";
    static final String SASL_MECHANISMS = "PLAIN";
    /** Every capability that has a bit: those always offered, then {@code sasl}. */
    private static final List<String> KNOWN = List.of(SERVER_TIME, MESSAGE_TAGS, ECHO_MESSAGE, MULTI_PREFIX, BATCH,
            CHATHISTORY, EVENT_PLAYBACK, SASL);
    private static final String[] BY_BIT = KNOWN.toArray(new String[0]);

    private volatile int enabled;

    boolean has(String cap) {
        return (enabled & bit(cap)) != 0;
    }

    /**
     * Whether a join shows the room's last events, in a {@code batch} with their times: a client that asks for
     * history itself ({@code draft/chathistory}) gets none on joining, nor one that cannot tell history from live lines.
     */
    boolean historyOnJoin() {
        return has(BATCH) && has(SERVER_TIME) && !has(CHATHISTORY);
    }

    /**
     * The bit of a known capability, 0 for any other. The constants above are found by identity: asked per member and
     * event on the connections' threads, comparing the text ({@code List.indexOf}) took a tenth of their samples.
     */
    private static int bit(String cap) {
        for (int i = 0; i < BY_BIT.length; i++) {
            if (BY_BIT[i] == cap) {
                return 1 << i;
            }
        }
        int index = KNOWN.indexOf(cap);
        return index < 0 ? 0 : 1 << index;
    }

    /**
     * What {@code CAP LS} lists: the offered capabilities, and {@code sasl} when offered, with its mechanisms for a
     * client that asked with version 302 or later ({@code sasl=PLAIN}).
     */
    static String ls(boolean sasl, boolean values) {
        String all = String.join(" ", OFFERED);
        return sasl ? all + " " + SASL + (values ? "=" + SASL_MECHANISMS : "") : all;
    }

    /** Applies a {@code CAP REQ}: all or nothing; @return whether all were offered ({@code sasl} if it is) */
    synchronized boolean request(List<String> changes, boolean sasl) {
        for (String change : changes) {
            String cap = change.startsWith("-") ? change.substring(1) : change;
            if (!OFFERED.contains(cap) && !(sasl && SASL.equals(cap))) {
                return false;
            }
        }
        int now = enabled;
        for (String change : changes) {
            now = change.startsWith("-") ? now & ~bit(change.substring(1)) : now | bit(change);
        }
        enabled = now;
        return true;
    }

    String list() {
        List<String> names = new ArrayList<>();
        for (String cap : KNOWN) {
            if (has(cap)) {
                names.add(cap);
            }
        }
        return String.join(" ", names);
    }
}
