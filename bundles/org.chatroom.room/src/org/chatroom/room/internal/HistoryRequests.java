package org.chatroom.room.internal;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.RoomCommand;
import org.chatroom.protocol.RoomLine;
import org.osgi.service.log.Logger;

/**
 * Scroll-back ({@code HISTORY}) and search ({@code SEARCH}) for members of a room: bounds checked under the lobby's
 * lock, the log read outside it on a reader thread, the answer closed by {@code END}.
 */
final class HistoryRequests {

    private final Lobby lobby;
    private final Executor readers;
    private final Logger logger;

    /** @param readers where the log is read, off the connections' threads */
    HistoryRequests(Lobby lobby, Executor readers, Logger logger) {
        this.lobby = lobby;
        this.readers = readers;
        this.logger = logger;
    }

    void history(Session member, RoomCommand.History request) {
        RoomPolicy policy = lobby.rooms().policy();
        RoomStream stream;
        try {
            stream = memberOf(member, request.room(), request.max(), policy.maxHistoryPage());
            synchronized (lobby.lock) {
                long next = lobby.rooms().get(request.room()).delivered() + 1;
                if (request.before() < 1) {
                    throw new RoomRefusal(ErrorCode.BAD_HISTORY, Messages.get("error.negativeSeq", request.before()));
                }
                if (request.before() > next) {
                    throw new RoomRefusal(ErrorCode.FUTURE_SEQ,
                            Messages.get("error.futureSeq", request.before(), request.room(), next - 1));
                }
            }
        } catch (RoomRefusal refusal) {
            member.refuse(refusal.code(), refusal.getMessage());
            return;
        }
        read(member, () -> answer(member, stream, "HISTORY", RoomLine.Mark.HISTORY,
                stream.before(request.before(), (int) request.max())));
    }

    void search(Session member, RoomCommand.Search request) {
        RoomPolicy policy = lobby.rooms().policy();
        RoomStream stream;
        try {
            stream = memberOf(member, request.room(), request.max(), policy.maxSearchResults());
        } catch (RoomRefusal refusal) {
            member.refuse(refusal.code(), refusal.getMessage());
            return;
        }
        read(member, () -> answer(member, stream, "SEARCH", RoomLine.Mark.FOUND,
                stream.search(request.query(), (int) request.max())));
    }

    /** The stream of a room {@code member} is in, once {@code max} is within 1 to {@code limit}. */
    private RoomStream memberOf(Session member, String name, long max, int limit) throws RoomRefusal {
        if (max < 1 || max > limit) {
            throw new RoomRefusal(ErrorCode.BAD_HISTORY, Messages.get("error.badCount", max, limit));
        }
        synchronized (lobby.lock) {
            ChatRoom room = lobby.rooms().get(name);
            if (room.seat(member) == null) {
                throw new RoomRefusal(ErrorCode.NOT_IN_ROOM, Messages.get("error.notInRoom", room.name()));
            }
            return room.stream();
        }
    }

    private static void answer(Session member, RoomStream stream, String request, RoomLine.Mark mark,
            List<RoomEvent> events) {
        for (RoomEvent event : events) {
            member.send(EventEncoder.line(EventEncoder.mark(event, mark)));
        }
        member.send(EventEncoder.line(new RoomLine.End(stream.room(), request, events.size())));
    }

    private interface LogRead {
        void run() throws RoomLogException;
    }

    /** Runs {@code read} on a reader thread; the member is told when the log fails. */
    private void read(Session member, LogRead read) {
        try {
            readers.execute(() -> {
                try {
                    read.run();
                } catch (RoomLogException e) {
                    unavailable(member, e);
                }
            });
        } catch (RejectedExecutionException e) {
            member.connection().close("room stopped");
        }
    }

    private void unavailable(Session member, RoomLogException e) {
        logger.warn("history unavailable for {}: {}", member.name(), e.getMessage());
        member.refuse(ErrorCode.LOG_UNAVAILABLE, Messages.get("error.pageUnavailable", e.getMessage()));
    }
}
