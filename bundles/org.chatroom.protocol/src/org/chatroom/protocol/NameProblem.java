package org.chatroom.protocol;

/**
 * Why a name was refused.
 *
 * @param code    the {@code ERR} code
 * @param message the explanation for the user
 */
public record NameProblem(ErrorCode code, String message) {

    /** The name is used by another member (compared case-insensitively, see {@link NameRules#key(String)}). */
    public static NameProblem taken() {
        return new NameProblem(ErrorCode.NICK_TAKEN, Messages.get("name.taken"));
    }
}
