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

    /**
     * @return what is wrong with {@code room}, or empty when it is acceptable (existing or not). A name follows the
     *         rules of members' names, and does not start with {@code #}: clients show room {@code NAME} as
     *         {@code #NAME}, as IRC writes channels, and took a room {@code #hash} for the room {@code hash}.
     */
    public static Optional<NameProblem> check(String room, int maxLength) {
        Optional<NameProblem> problem = NameRules.check(room, maxLength).map(found -> new NameProblem(
                ErrorCode.ROOM_INVALID, Messages.get(switch (found.code()) {
                case NICK_EMPTY -> "room.empty";
                case NICK_TOO_LONG -> "room.tooLong";
                default -> "room.invalid";
                }, maxLength)));
        if (problem.isEmpty() && room.startsWith("#")) {
            return Optional.of(new NameProblem(ErrorCode.ROOM_INVALID, Messages.get("room.invalid", maxLength)));
        }
        return problem;
    }
}
