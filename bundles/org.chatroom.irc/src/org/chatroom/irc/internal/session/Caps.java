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

    private final Set<String> enabled = ConcurrentHashMap.newKeySet();

    boolean has(String cap) {
        return enabled.contains(cap);
    }

    /** Applies a {@code CAP REQ}: all or nothing; @return whether all were offered */
    boolean request(List<String> changes) {
        for (String change : changes) {
            if (!OFFERED.contains(change.startsWith("-") ? change.substring(1) : change)) {
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
