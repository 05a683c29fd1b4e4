package org.chatroom.client.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.RoomCommand;

/**
 * Keeps the answers to joins attributable: an {@code ERR} names no room, so a session has one join in flight at a
 * time (the joins of connecting, then those the user typed, in order), and an error that never answers a join is not
 * taken for that join's answer. An error about something else sent meanwhile (a message to a room the client is not
 * in yet, a name taken) made a resumed room count as refused and left. Some codes answer a join or another line alike
 * ({@code RATE_LIMITED}, {@code TOO_LONG}: the room checks every line for them): those still count as the join's,
 * since a join never answered would hold back every join after it.
 */
final class JoinAnswers {

    /** The codes no {@code JOIN} or {@code CREATE} is refused with (PROTOCOL.md sections 3 and 7). */
    private static final Set<ErrorCode> NEVER_FOR_A_JOIN = EnumSet.of(ErrorCode.NICK_EMPTY, ErrorCode.NICK_TOO_LONG,
            ErrorCode.NICK_TAKEN, ErrorCode.NOT_JOINED, ErrorCode.NO_SUCH_MEMBER, ErrorCode.UNKNOWN_COMMAND,
            ErrorCode.BAD_PASSWORD, ErrorCode.BAD_TEXT, ErrorCode.LOCKED_OUT, ErrorCode.NOT_IN_ROOM);

    /** A join or create the user typed, waiting for the join in flight to be answered. */
    record Typed(String line, RoomCommand command) {
    }

    private final Deque<Typed> waiting = new ArrayDeque<>();

    /**
     * @param code an error's code, {@code null} when this version does not know it
     * @return whether the error may answer a join: any code but those that never do (one not known included: a newer
     *         server may refuse a join with it)
     */
    static boolean mayAnswerJoin(ErrorCode code) {
        return code == null || !NEVER_FOR_A_JOIN.contains(code);
    }

    /** Holds a join the user typed while another is in flight. */
    void hold(String line, RoomCommand command) {
        waiting.add(new Typed(line, command));
    }

    /** @return the next join the user typed, or null when none waits */
    Typed next() {
        return waiting.poll();
    }

    /** @return the lines of the joins still waiting, which are not sent now (the session ended) */
    Iterable<String> drop() {
        Deque<String> lines = new ArrayDeque<>();
        waiting.forEach(typed -> lines.add(typed.line()));
        waiting.clear();
        return lines;
    }
}
