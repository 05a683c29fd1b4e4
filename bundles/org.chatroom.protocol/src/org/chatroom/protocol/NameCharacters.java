package org.chatroom.protocol;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The invisible characters a name may not contain, beside the controls and spaces {@link NameRules} refuses:
 * default-ignorable code points (zero-width characters, the Hangul fillers U+3164 and U+FFA0, variation selectors,
 * the combining grapheme joiner...), the braille blank U+2800, and combining marks that stand alone (first, or after
 * something that is not a letter, digit or mark) or pile up more than {@value #MAX_MARKS} on one letter.
 */
final class NameCharacters {

    /** The most combining marks one letter of a name may carry. */
    static final int MAX_MARKS = 3;

    private NameCharacters() {
    }

    static boolean invisible(String name) {
        int marks = 0;
        int previous = -1;
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
            int c = name.codePointAt(i);
            if (UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT) || c == 0x2800) {
                return true;
            }
            if (mark(c)) {
                marks++;
                if (marks > MAX_MARKS || previous < 0 || !(mark(previous) || UCharacter.isLetterOrDigit(previous))) {
                    return true;
                }
            } else {
                marks = 0;
            }
            previous = c;
        }
        return false;
    }

    private static boolean mark(int c) {
        int type = UCharacter.getType(c);
        return type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK
                || type == UCharacter.COMBINING_SPACING_MARK;
    }
}
