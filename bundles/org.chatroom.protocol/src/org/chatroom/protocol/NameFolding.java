package org.chatroom.protocol;

import org.chatroom.protocol.irc.NickCharacters;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

/**
 * The folded form under which names are compared, for uniqueness and for bans, so that names which look alike are
 * one name: NFKC with case folding (full-width and mathematical letters become plain ones, case is ignored), the
 * generic combining diacritics removed ({@code böb} is {@code bob}), then the confusable skeleton of Unicode TR #39
 * (Cyrillic {@code а} and Greek {@code ο} are Latin {@code a} and {@code o}, {@code rn} is {@code m}, {@code 1} is
 * {@code l}), folded again; last, what IRC nicks cannot hold ({@code ,*?!@.} anywhere, {@code $:#&} first) is
 * {@code _}, as the IRC listener shows it, so that {@code dr.who} and {@code dr_who}, one nick to IRC users, are one
 * name everywhere. Thread safe. The first use loads ICU's data (about 0.1 s of CPU); a key then takes about 2
 * microseconds.
 */
final class NameFolding {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final SpoofChecker SKELETON = new SpoofChecker.Builder().build();

    private NameFolding() {
    }

    static String key(String name) {
        String plain = withoutDiacritics(NFD.normalize(NFKC_CASEFOLD.normalize(name)));
        return asNick(NFKC_CASEFOLD.normalize(SKELETON.getSkeleton(plain)));
    }

    private static String asNick(String key) {
        char[] chars = key.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (NickCharacters.forbidden(chars[i], i)) {
                chars[i] = '_';
            }
        }
        return new String(chars);
    }

    /**
     * Removes the marks of the generic combining blocks, which Latin, Greek and Cyrillic letters take; the marks of
     * other scripts (Devanagari vowel signs...) are part of their letters and stay.
     */
    private static String withoutDiacritics(String decomposed) {
        StringBuilder plain = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !genericDiacritic(c)).forEach(plain::appendCodePoint);
        return plain.toString();
    }

    static boolean genericDiacritic(int c) {
        int type = UCharacter.getType(c);
        boolean mark = type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK;
        return mark && (c >= 0x0300 && c <= 0x036f || c >= 0x1ab0 && c <= 0x1aff || c >= 0x1dc0 && c <= 0x1dff
                || c >= 0x20d0 && c <= 0x20ff || c >= 0xfe20 && c <= 0xfe2f);
    }
}
