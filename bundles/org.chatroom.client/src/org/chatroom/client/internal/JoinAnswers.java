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
 * taken for that join's answer: an error about something else sent meanwhile (a name taken, a message refused) made a
 * resumed room count as refused and left. Some codes answer a join or another line alike ({@code RATE_LIMITED},
 * {@code TOO_LONG}: the room checks every line for them): those still count as the join's, since a join never
 * answered would hold back every join after it. While the client resumes its rooms after a drop, what the user types
 * waits as well, in order: a line for a room not joined again yet was refused ({@code NOT_IN_ROOM}); it is sent once
 * its room is back, or given back when the room refused the return.
 */
final class JoinAnswers {

    /** The codes no {@code JOIN} or {@code CREATE} is refused with (PROTOCOL.md sections 3 and 7). */
    private static final Set<ErrorCode> NEVER_FOR_A_JOIN = EnumSet.of(ErrorCode.NICK_EMPTY, ErrorCode.NICK_TOO_LONG,
            ErrorCode.NICK_TAKEN, ErrorCode.NOT_JOINED, ErrorCode.NO_SUCH_MEMBER, ErrorCode.UNKNOWN_COMMAND,
            ErrorCode.BAD_PASSWORD, ErrorCode.BAD_TEXT, ErrorCode.LOCKED_OUT, ErrorCode.NOT_IN_ROOM);

    /**
     * A line the user typed, as the command it was for the room current then, waiting for its turn; {@code line} is
     * null for a command of the client's own (the member list of a room switched to).
     */
    record Typed(String line, RoomCommand command) {

        boolean join() {
            return isJoin(command);
        }

        /** @return the room the command is for, null for one that is for no room (the room list, a name) */
        String room() {
            if (command instanceof RoomCommand.Say say) {
                return say.room();
            } else if (command instanceof RoomCommand.Act act) {
                return act.room();
            } else if (command instanceof RoomCommand.SetTopic topic) {
                return topic.room();
            } else if (command instanceof RoomCommand.Part part) {
                return part.room();
            } else if (command instanceof RoomCommand.Names names) {
                return names.room();
            } else if (command instanceof RoomCommand.History history) {
                return history.room();
            } else if (command instanceof RoomCommand.Search search) {
                return search.room();
            }
            return null;
        }
    }

    private final Deque<Typed> waiting = new ArrayDeque<>();

    /** @return whether {@code command} joins a room: a {@code JOIN} or a {@code CREATE} */
    static boolean isJoin(RoomCommand command) {
        return command instanceof RoomCommand.Join || command instanceof RoomCommand.Create;
    }

    /**
     * @param code an error's code, {@code null} when this version does not know it
     * @return whether the error may answer a join: any code but those that never do (one not known included: a newer
     *         server may refuse a join with it)
     */
    static boolean mayAnswerJoin(ErrorCode code) {
        return code == null || !NEVER_FOR_A_JOIN.contains(code);
    }

    /** Holds a line the user typed (null: a command of the client's own) until its turn. */
    void hold(String line, RoomCommand command) {
        waiting.add(new Typed(line, command));
    }

    /** @return whether lines wait: a line typed now waits behind them */
    boolean holding() {
        return !waiting.isEmpty();
    }

    /** @return the next line waiting, or null when none does */
    Typed next() {
        return waiting.poll();
    }

    /** @return the lines typed still waiting, which are not sent now (the session ended) */
    Iterable<String> drop() {
        Deque<String> lines = new ArrayDeque<>();
        waiting.stream().map(Typed::line).filter(line -> line != null).forEach(lines::add);
        waiting.clear();
        return lines;
    }
}
