package org.chatroom.room.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.room.member.MemberException;
import org.chatroom.room.member.MemberListener;
import org.chatroom.room.member.RoomState;

/**
 * Stands between the room core and a front end's listener: a refusal the core reports ({@link Session#refuse}) while
 * a call of the front end runs on the same thread is kept and thrown from that call. All else passes on: on the
 * {@link Lane} of the member's connection when the front end named its transport thread, so that every call reaches
 * the member on that thread in the order the room made it (the room's own fan-out of live events to a group of such
 * members, {@link FanOut}, goes through the same lane), else at once on the room's thread.
 */
final class MemberRelay implements MemberListener {

    private final MemberListener listener;
    private final Lane lane; // may be null
    private final ThreadLocal<MemberException[]> capture = new ThreadLocal<>();

    /** @param lane the lane of the member's connection, or {@code null} to call the listener on the room's thread */
    MemberRelay(MemberListener listener, Lane lane) {
        this.listener = listener;
        this.lane = lane;
    }

    /** The front end's listener itself. */
    MemberListener listener() {
        return listener;
    }

    /** The lane the listener is called on, or {@code null}. */
    Lane lane() {
        return lane;
    }

    interface Call {
        void run() throws MemberException;
    }

    /** Runs {@code call}; @throws MemberException the refusal the call got, thrown or reported by the core */
    void run(Call call) throws MemberException {
        MemberException[] refused = new MemberException[1];
        capture.set(refused);
        try {
            call.run();
        } finally {
            capture.remove();
        }
        if (refused[0] != null) {
            throw refused[0];
        }
    }

    /** Runs {@code call} on the lane after everything the room queued there before, or at once without a lane. */
    void later(Runnable call) {
        if (lane == null) {
            call.run();
            return;
        }
        try {
            lane.behind(call);
        } catch (RejectedExecutionException e) {
            call.run(); // the transport's thread is gone, and the connection with it: nothing left to overtake
        }
    }

    @Override
    public void error(ErrorCode code, String text) {
        MemberException[] refused = capture.get();
        if (refused != null && refused[0] == null) {
            refused[0] = new MemberException(code, text);
        } else if (refused == null) {
            later(() -> listener.error(code, text));
        }
    }

    @Override
    public void event(RoomEvent event) {
        later(() -> listener.event(event));
    }

    @Override
    public void joined(RoomState state, List<RoomEvent> history, long lost) {
        later(() -> listener.joined(state, history, lost));
    }

    @Override
    public void privateMessage(Instant time, String from, String to, String text) {
        later(() -> listener.privateMessage(time, from, to, text));
    }

    @Override
    public void privateNotice(Instant time, String from, String to, String text) {
        later(() -> listener.privateNotice(time, from, to, text));
    }

    @Override
    public void notice(Instant time, String text) {
        later(() -> listener.notice(time, text));
    }

    @Override
    public void parted(String room, String reason) {
        later(() -> listener.parted(room, reason));
    }

    @Override
    public void closed(String reason) {
        later(() -> listener.closed(reason));
    }
}
