package org.chatroom.room.internal;

import java.time.Instant;
import java.util.List;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.room.member.MemberException;
import org.chatroom.room.member.MemberListener;
import org.chatroom.room.member.RoomState;

/**
 * Stands between the room core and a front end's listener: a refusal the core reports ({@link Session#refuse}) while
 * a call of the front end runs on the same thread is kept and thrown from that call; all else passes on.
 */
final class MemberRelay implements MemberListener {

    private final MemberListener listener;
    private final ThreadLocal<MemberException[]> capture = new ThreadLocal<>();

    MemberRelay(MemberListener listener) {
        this.listener = listener;
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

    @Override
    public void error(ErrorCode code, String text) {
        MemberException[] refused = capture.get();
        if (refused != null && refused[0] == null) {
            refused[0] = new MemberException(code, text);
        } else if (refused == null) {
            listener.error(code, text);
        }
    }

    @Override
    public void event(RoomEvent event) {
        listener.event(event);
    }

    @Override
    public void joined(RoomState state, List<RoomEvent> history, long lost) {
        listener.joined(state, history, lost);
    }

    @Override
    public void privateMessage(Instant time, String from, String to, String text) {
        listener.privateMessage(time, from, to, text);
    }

    @Override
    public void notice(Instant time, String text) {
        listener.notice(time, text);
    }

    @Override
    public void parted(String room, String reason) {
        listener.parted(room, reason);
    }

    @Override
    public void closed(String reason) {
        listener.closed(reason);
    }
}
