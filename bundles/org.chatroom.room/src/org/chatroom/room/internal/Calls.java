package org.chatroom.room.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.chatroom.room.member.MemberListener;

/**
 * The calls of consecutive room events for one group of a front end's members ({@link MemberListener}), made on their
 * lane in one task: the counterpart of {@link Batch} for members that hear calls instead of bytes. While the task
 * waits for its turn, later events are appended; once it took them, or anything else was queued on the lane behind
 * it, a new one starts.
 */
final class Calls {

    /** Appending stops here, so that one task does not keep the lane's other connections waiting long. */
    static final int MAX_CALLS = 256;

    private final long seal;
    private final List<Consumer<MemberListener>> calls = new ArrayList<>();
    private boolean taken;

    /** @param seal the lane's seal count when the batch starts */
    Calls(Consumer<MemberListener> first, long seal) {
        this.calls.add(first);
        this.seal = seal;
    }

    /** @return whether {@code more} was appended; false when the batch is taken, sealed or full */
    synchronized boolean append(Consumer<MemberListener> more, long currentSeal) {
        if (taken || currentSeal != seal || calls.size() >= MAX_CALLS) {
            return false;
        }
        calls.add(more);
        return true;
    }

    /** The lane's thread, once: makes every call appended so far, each event to every listener before the next. */
    void run(MemberListener[] listeners) {
        List<Consumer<MemberListener>> all;
        synchronized (this) {
            taken = true;
            all = List.copyOf(calls);
        }
        for (Consumer<MemberListener> call : all) { // event by event: a front end encodes each once for all of them
            for (MemberListener listener : listeners) {
                call.accept(listener);
            }
        }
    }
}
