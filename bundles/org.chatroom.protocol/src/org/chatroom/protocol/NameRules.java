package org.chatroom.protocol;

import java.util.Optional;

/**
 * Names: 1 to {@code maxLength} code points, no control characters, no whitespace, not starting with {@code /}, not
 * {@code {quit}} and not {@code -}, no invisible characters and no stand-alone combining marks
 * ({@link NameCharacters}). Two names that look alike are the same name ({@link #key(String)}).
 */
public final class NameRules {

    /** The room's default longest name, in code points. */
    public static final int DEFAULT_MAX_LENGTH = 32;

    private NameRules() {
    }

    /** @return what is wrong with {@code name}, or empty when it is acceptable (taken or not). */
    public static Optional<NameProblem> check(String name, int maxLength) {
        if (name.isEmpty()) {
            return Optional.of(new NameProblem(ErrorCode.NICK_EMPTY, Messages.get("name.empty")));
        }
        if (name.codePointCount(0, name.length()) > maxLength) {
            return Optional.of(new NameProblem(ErrorCode.NICK_TOO_LONG, Messages.get("name.tooLong", maxLength)));
        }
        if (NameCharacters.invisible(name)) {
            return Optional.of(new NameProblem(ErrorCode.NICK_INVALID, Messages.get("name.invisible")));
        }
        boolean invalid = name.startsWith("/") || OriginalProtocol.isQuit(name)
                || ServerEvent.NO_SETTER.equals(name) || name.codePoints().anyMatch(NameRules::forbidden);
        return invalid ? Optional.of(new NameProblem(ErrorCode.NICK_INVALID, Messages.get("name.invalid")))
                : Optional.empty();
    }

    private static boolean forbidden(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || type == Character.CONTROL
                || type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * The form under which names are compared, for uniqueness and for bans: two members never share a key, and names
     * that look alike (case, full-width or mathematical letters, diacritics, Cyrillic or Greek look-alikes) share one.
     */
    public static String key(String name) {
        return NameFolding.key(name);
    }
}
