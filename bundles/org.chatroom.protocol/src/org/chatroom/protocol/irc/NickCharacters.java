package org.chatroom.protocol.irc;

/**
 * What an IRC nick cannot hold: the IRC listener shows each as {@code _} in the nick of a member of another protocol,
 * and the names' folded key ({@code NameRules.key}) folds each to {@code _} the same way, so that the nick shown is
 * that member's alone.
 *
 * @since 1.1
 */
public final class NickCharacters {

    /** Characters no nick holds anywhere (nor a space, which no member name holds either). */
    public static final String NOWHERE = ",*?!@.";
    /** Characters no nick starts with. */
    public static final String NOT_FIRST = "$:#&";

    private NickCharacters() {
    }

    /** @return whether {@code c} cannot stand in a nick at position {@code index} */
    public static boolean forbidden(char c, int index) {
        return NOWHERE.indexOf(c) >= 0 || index == 0 && NOT_FIRST.indexOf(c) >= 0;
    }
}
