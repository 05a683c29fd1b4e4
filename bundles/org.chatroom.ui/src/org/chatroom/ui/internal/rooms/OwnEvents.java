package org.chatroom.ui.internal.rooms;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;

/**
 * What the room tabs leave out of a batch of events, or read from it: this client's own join and leave, which its
 * notices say already, and what a user looking at a room reads there.
 */
final class OwnEvents {

    private static final Duration OWN_JOIN_AGE = Duration.ofMinutes(1);

    private OwnEvents() {
    }

    /**
     * The room telling this client that it joined, live or as the newest line of the history it replays on a join
     * (a join of this client less than {@link #OWN_JOIN_AGE} old): the client's notice ("Joined the room ...") says
     * it already. Joins of this client further back in the history stay.
     */
    static boolean join(ChatEvent event, String me) {
        return event.kind() == Kind.JOIN && !me.isEmpty() && event.from().equalsIgnoreCase(me)
                && (!event.history() || event.time().isAfter(Instant.now().minus(OWN_JOIN_AGE)));
    }

    /**
     * @return the joins of this name in {@code events}' history that a leave of the same name and room follows: an
     *         earlier connection's (the desktop started again within {@link #OWN_JOIN_AGE}), which stay in the history
     *         with their leave (the join was hidden, the leave shown)
     */
    static Set<ChatEvent> joinsEnded(List<ChatEvent> events, String me) {
        Set<ChatEvent> ended = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> leftLater = new HashSet<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            ChatEvent event = events.get(i);
            if (!event.history() || me.isEmpty() || !event.from().equalsIgnoreCase(me)) {
                continue;
            }
            if (event.kind() == Kind.LEAVE) {
                leftLater.add(event.room());
            } else if (event.kind() == Kind.JOIN && leftLater.contains(event.room())) {
                ended.add(event);
            }
        }
        return ended;
    }

    /**
     * The room telling this client, live, that it left: the client's notice ("You left #general.") says it already
     * ("anna left the chat" stood above it). Its leaves in the history stay.
     */
    static boolean leave(ChatEvent event, String me) {
        return event.kind() == Kind.LEAVE && !me.isEmpty() && event.from().equalsIgnoreCase(me) && !event.history();
    }

    /** A message or action said live (not history), which a user looking at the room reads. */
    static boolean liveSaid(ChatEvent event) {
        return !event.history() && (event.kind() == Kind.MESSAGE || event.kind() == Kind.ACTION);
    }
}
