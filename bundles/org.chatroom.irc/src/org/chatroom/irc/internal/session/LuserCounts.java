package org.chatroom.irc.internal.session;

import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import org.chatroom.room.member.MemberService;

/**
 * The member and room counts of the welcome burst's LUSERS, counted at most once per {@value #FRESH_MILLIS} ms:
 * counting takes the rooms' lock, and in a join storm every registration took it twice on an I/O thread, which then
 * waited for the room's delivering thread instead of reading and writing (2,000 IRC joins: tens of seconds in total).
 * The {@code LUSERS} command still counts at once.
 */
final class LuserCounts {

    static final long FRESH_MILLIS = 200;

    /** @param invisible how many of the {@code members} are IRC users with mode {@code +i} */
    record Counts(int members, int invisible, int rooms, long countedAt) {
    }

    private final MemberService members;
    private final IntSupplier invisible;
    private volatile Counts last;

    LuserCounts(MemberService members, IntSupplier invisible) {
        this.members = members;
        this.invisible = invisible;
    }

    /** Counts now. */
    Counts now() {
        Counts counts = new Counts(members.memberCount(), invisible.getAsInt(), members.rooms().size(),
                System.nanoTime());
        last = counts;
        return counts;
    }

    /** The last counts when they are recent, else counts now. */
    Counts recent() {
        Counts counts = last;
        if (counts != null
                && System.nanoTime() - counts.countedAt() < TimeUnit.MILLISECONDS.toNanos(FRESH_MILLIS)) {
            return counts;
        }
        return now();
    }
}
