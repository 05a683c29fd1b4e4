package org.chatroom.room.internal;

import java.util.ArrayDeque;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;

/**
 * What members said in one room that the log has not committed yet, oldest first (a stream commits in the order of
 * its appends). Each holds back its member's private messages ({@link Unsettled}): sent at once, one overtook the room
 * message said before it, which waited for the log. Under the lobby's lock.
 */
final class SaidInFlight {

    private record Said(Session member, EventDraft draft, long number) {
    }

    private final ArrayDeque<Said> said = new ArrayDeque<>();

    /** Appends {@code draft}, said by {@code member}, to {@code stream}. */
    void append(RoomStream stream, Session member, EventDraft draft) throws RoomLogException {
        Said entry = new Said(member, draft, member.unsettled().said());
        said.add(entry); // before the append: a log that commits at once calls back from it
        try {
            stream.append(draft);
        } catch (RoomLogException | RuntimeException e) {
            release(entry);
            throw e;
        }
    }

    /**
     * {@code event} was committed: when it is what the oldest entry said (its kind, by its name: names are one
     * member's in every server sharing the log), that member's private messages may go once the event has.
     */
    void committed(RoomEvent event) {
        Said oldest = said.peek();
        if (oldest != null && oldest.draft.kind() == event.kind() && oldest.draft.name().equals(event.name())) {
            release(oldest);
        }
    }

    /** {@code draft} will never be committed: it holds nothing back. */
    void refused(EventDraft draft) {
        for (Said entry : said) {
            if (entry.draft == draft) {
                release(entry);
                return;
            }
        }
    }

    /** The room no longer hears the log: nothing said here holds anything back. */
    void releaseAll() {
        while (!said.isEmpty()) {
            release(said.peek());
        }
    }

    private void release(Said entry) {
        if (said.remove(entry)) {
            entry.member.unsettled().settled(entry.number);
        }
    }
}
