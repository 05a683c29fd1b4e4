package org.chatroom.console.internal;

import java.util.Locale;
import java.util.Map;

/**
 * Members' names in colour on a terminal, as IRC clients print them: each name in one of the terminal's twelve
 * colours other than black, white and grey (so they follow the terminal's own light or dark palette), the same for
 * every case of its letters. {@code --color auto} (the default) colours only when the console is a terminal, the
 * environment has no {@code NO_COLOR} (no-color.org) and {@code TERM} is not {@code dumb}; {@code always} and
 * {@code never} decide alone.
 */
public final class NameColours {

    /** How the user chose: {@code --color auto|always|never}. */
    public enum Mode {
        AUTO, ALWAYS, NEVER
    }

    /** SGR foreground codes: red to cyan, and their bright forms. */
    private static final int[] CODES = { 31, 32, 33, 34, 35, 36, 91, 92, 93, 94, 95, 96 };
    private static final String END = "\u001b[39m";

    private NameColours() {
    }

    /**
     * @param terminal whether the console is a terminal
     * @param env      the environment
     * @return whether names are printed in colour
     */
    public static boolean wanted(Mode mode, boolean terminal, Map<String, String> env) {
        return switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> terminal && env.getOrDefault("NO_COLOR", "").isEmpty()
                    && !env.getOrDefault("TERM", "dumb").equals("dumb");
        };
    }

    /**
     * @param shown the name as printed (escaped)
     * @param name  the name, whose folded form picks the colour
     * @return {@code shown} in the colour of {@code name}
     */
    public static String paint(String shown, String name) {
        int hash = name.toLowerCase(Locale.ROOT).hashCode() * 0x9E3779B9; // spreads names that differ in one letter
        return "\u001b[" + CODES[Math.floorMod(Integer.rotateLeft(hash, 16), CODES.length)] + "m" + shown + END;
    }
}
