package org.chatroom.irc.internal.session;

import org.chatroom.protocol.NameRules;

/**
 * {@link NameRules#key} (case folding, normalisation and the confusable skeleton) remembered: a room delivers one
 * event to all its IRC clients in a row, and each asked whether the event was its own. Computing both keys per member
 * and event took over a third of the delivering thread (ICU's {@code SpoofChecker}) and held our listener's latency
 * in seconds at 100 x 10.
 */
final class NameKeys {

    /** A name and its key. */
    record Keyed(String name, String key) {

        static Keyed of(String name) {
            return new Keyed(name, NameRules.key(name));
        }

        /** This one when it is {@code name}'s, else a new one. */
        Keyed forName(String name) {
            return this.name.equals(name) ? this : of(name);
        }
    }

    /** The last event name keyed on each delivering thread. */
    private static final ThreadLocal<Keyed> LAST = new ThreadLocal<>();

    private NameKeys() {
    }

    /** The key of {@code name}, computed once for a run of calls with the same name on this thread. */
    static String of(String name) {
        Keyed last = LAST.get();
        if (last == null || !last.name().equals(name)) {
            last = Keyed.of(name);
            LAST.set(last);
        }
        return last.key();
    }
}
