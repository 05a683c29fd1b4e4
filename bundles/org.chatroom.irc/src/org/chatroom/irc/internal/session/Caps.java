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

    private volatile int enabled;

    boolean has(String cap) {
        return (enabled & bit(cap)) != 0;
    }

    /** The bit of an offered capability (the constants above: found by identity at once), 0 for any other. */
    private static int bit(String cap) {
        int index = OFFERED.indexOf(cap);
        return index < 0 ? 0 : 1 << index;
    }

    /** Applies a {@code CAP REQ}: all or nothing; @return whether all were offered */
    synchronized boolean request(List<String> changes) {
        for (String change : changes) {
            if (!OFFERED.contains(change.startsWith("-") ? change.substring(1) : change)) {
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
        for (String cap : OFFERED) {
            if (has(cap)) {
                names.add(cap);
            }
        }
        return String.join(" ", names);
    }
}
