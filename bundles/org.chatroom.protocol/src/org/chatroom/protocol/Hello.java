package org.chatroom.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Negotiation of the extended protocol: the client answers the prompt with {@link #HELLO} instead of a name and the
 * server answers {@link #OK} plus a newline. {@code 0xFF} never occurs in UTF-8, so no original client sends it.
 */
public final class Hello {

    /** Protocol name and version negotiated by the hello. */
    public static final String VERSION = "CHATROOM/1";
    /** The server's answer, without its newline. */
    public static final String OK = VERSION + " OK";

    private static final byte MARK = (byte) 0xFF;
    private static final byte[] FRAME = frame();

    private Hello() {
    }

    private static byte[] frame() {
        byte[] version = VERSION.getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[version.length + 1];
        frame[0] = MARK;
        System.arraycopy(version, 0, frame, 1, version.length);
        return frame;
    }

    /** The bytes a client sends: {@code 0xFF CHATROOM/1 \n}. */
    public static byte[] helloBytes() {
        byte[] bytes = Arrays.copyOf(FRAME, FRAME.length + 1);
        bytes[FRAME.length] = '\n';
        return bytes;
    }

    /** The bytes the server answers: {@code CHATROOM/1 OK\n}. */
    public static byte[] okBytes() {
        return (OK + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** @return whether {@code frame} (newline and {@code \r} removed) is the hello. */
    public static boolean isHello(byte[] frame) {
        return Arrays.equals(FRAME, frame);
    }

    /**
     * @return whether {@code bytes} is a proper beginning of the hello (a read may cut it), so the receiver should
     *         wait for the rest
     */
    public static boolean isHelloPrefix(byte[] bytes) {
        return bytes.length > 0 && bytes.length < FRAME.length
                && Arrays.equals(FRAME, 0, bytes.length, bytes, 0, bytes.length);
    }

    /**
     * Whether a frame received by a client after sending the hello carries the server's {@code OK}. The original
     * prompt has no terminator, so a client reading late may get prompt and answer in one frame: the answer is
     * recognised at the end of the frame.
     */
    public static boolean isOk(String frame) {
        String trimmed = frame.endsWith("\r") ? frame.substring(0, frame.length() - 1) : frame;
        return trimmed.endsWith(OK);
    }
}
