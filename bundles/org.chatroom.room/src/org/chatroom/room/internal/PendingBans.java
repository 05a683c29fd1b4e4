package org.chatroom.room.internal;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.log.RoomLogException;

/**
 * Changes of the server-wide bans (a ban, a lifted ban) made on this server while the other servers of its cluster
 * could not be told, in the order they were made: sent again, oldest first, until the cluster takes them, and laid
 * over the cluster's list meanwhile ({@link #over}), so that the cluster's list read in between does not undo them
 * here. Kept in memory only: a server restarted before it reached the cluster again takes the cluster's list. Thread
 * safe; never holds its monitor while sending.
 */
final class PendingBans {

    /** Tells the cluster one change. */
    @FunctionalInterface
    interface Sender {
        void send(String entry, boolean banned) throws RoomLogException;
    }

    private record Change(String entry, boolean banned) {
    }

    private final List<Change> changes = new ArrayList<>();

    /** {@code entry} was banned ({@code banned}) or its ban lifted here and the cluster could not be told. */
    synchronized void add(String entry, boolean banned) {
        changes.add(new Change(entry, banned));
    }

    synchronized boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Sends the changes through {@code sender}, oldest first; stops at the first that fails, which stays with the ones
     * after it. Called from one thread at a time. @return how many were sent
     *
     * @throws RoomLogException when the first change could not be sent
     */
    int send(Sender sender) throws RoomLogException {
        int sent = 0;
        while (true) {
            Change first;
            synchronized (this) {
                if (changes.isEmpty()) {
                    return sent;
                }
                first = changes.get(0);
            }
            sender.send(first.entry(), first.banned());
            synchronized (this) {
                changes.remove(0);
            }
            sent++;
        }
    }

    /** {@code shared} (the cluster's list) with the changes not sent yet made to it, in order. */
    synchronized List<String> over(List<String> shared) {
        List<String> bans = new ArrayList<>(shared);
        for (Change change : changes) {
            bans.remove(change.entry());
            if (change.banned()) {
                bans.add(change.entry());
            }
        }
        return bans;
    }
}
