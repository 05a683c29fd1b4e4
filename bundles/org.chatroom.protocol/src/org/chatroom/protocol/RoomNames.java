package org.chatroom.protocol;

import java.util.Optional;

/**
 * Room names follow the rules of member names ({@link NameRules}): 1 to {@code maxLength} code points, no control
 * characters, no whitespace, not starting with {@code /}, not {@code {quit}} and not {@code -}; compared
 * case-insensitively ({@link NameRules#key(String)}). Problems carry {@link ErrorCode#ROOM_INVALID}.
 *
 * @since 1.2
 */
public final class RoomNames {

    private RoomNames() {
    }

    /** @return what is wrong with {@code room}, or empty when it is acceptable (existing or not). */
    public static Optional<NameProblem> check(String room, int maxLength) {
        return NameRules.check(room, maxLength).map(problem -> new NameProblem(ErrorCode.ROOM_INVALID,
                Messages.get(switch (problem.code()) {
                case NICK_EMPTY -> "room.empty";
                case NICK_TOO_LONG -> "room.tooLong";
                default -> "room.invalid";
                }, maxLength)));
    }
}
