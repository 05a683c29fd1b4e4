package org.chatroom.irc.internal.session;

import org.chatroom.protocol.NameRules;

/**
 * {@link NameRules#key} (case folding, normalisation and the confusable skeleton), which remembers the keys of the
 * names and rooms seen lately: asked per member and event on the room's delivering thread (whose event is it, who
 * joined, who left) and per member on every join (the channel's names). Computing it each time took over a third of
 * the delivering thread (ICU's {@code SpoofChecker}) at 100 x 10 and most of a 2,000-member join storm.
 */
final class NameKeys {

    /** A name and its key. */
    record Keyed(String name, String key) {

        static Keyed of(String name) {
            return new Keyed(name, NameKeys.of(name));
        }

        /** This one when it is {@code name}'s, else a new one. */
        Keyed forName(String name) {
            return this.name.equals(name) ? this : of(name);
        }
    }

    private NameKeys() {
    }

    /** The key of {@code name}, computed once while it is remembered. */
    static String of(String name) {
        return NameRules.key(name);
    }
}
