package org.chatroom.irc.internal.session;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The IRCv3 capabilities the listener offers, and those one client enabled. */
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

    private final Set<String> enabled = ConcurrentHashMap.newKeySet();

    boolean has(String cap) {
        return enabled.contains(cap);
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
    boolean request(List<String> changes, boolean sasl) {
        for (String change : changes) {
            String cap = change.startsWith("-") ? change.substring(1) : change;
            if (!OFFERED.contains(cap) && !(sasl && SASL.equals(cap))) {
                return false;
            }
        }
        for (String change : changes) {
            if (change.startsWith("-")) {
                enabled.remove(change.substring(1));
            } else {
                enabled.add(change);
            }
        }
        return true;
    }

    String list() {
        return String.join(" ", enabled);
    }
}
