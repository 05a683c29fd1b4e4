package org.chatroom.protocol;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names: 1 to {@code maxLength} code points, no control characters, no whitespace, not starting with {@code /}, not
 * {@code {quit}} and not {@code -}, no invisible characters and no stand-alone combining marks
 * ({@link NameCharacters}). Two names that look alike are the same name ({@link #key(String)}).
 */
public final class NameRules {

    /** The room's default longest name, in code points. */
    public static final int DEFAULT_MAX_LENGTH = 32;
    /** Keys remembered ({@link #key}); past this many the memory starts over. */
    static final int REMEMBERED_KEYS = 20_000;
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

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
     * Remembered for the names and rooms seen lately: it is a pure function of the name, asked per message (the
     * room a member speaks in, under the rooms' lock) and per member and event by front ends, and ICU's normalisation
     * and confusable skeleton took an eighth of the I/O threads' Java time at 100 members x 3,000 messages/s.
     */
    public static String key(String name) {
        String key = KEYS.get(name);
        if (key == null) {
            key = NameFolding.key(name);
            if (KEYS.size() >= REMEMBERED_KEYS) {
                KEYS.clear();
            }
            KEYS.put(name, key);
        }
        return key;
    }
}
