package org.chatroom.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 decoding that refuses malformed input instead of replacing it. */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** @throws CharacterCodingException when {@code bytes} are not well-formed UTF-8 */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** @return whether {@code bytes} are well-formed UTF-8 */
    public static boolean isValid(byte[] bytes) {
        try {
            decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
