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
    /** The multi-room version (section 7 of PROTOCOL.md). @since 1.2 */
    public static final String VERSION_2 = "CHATROOM/2";

    private static final byte MARK = (byte) 0xFF;
    private static final byte[] FRAME = frame(VERSION);
    private static final byte[] FRAME_2 = frame(VERSION_2);

    private Hello() {
    }

    private static byte[] frame(String protocol) {
        byte[] version = protocol.getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[version.length + 1];
        frame[0] = MARK;
        System.arraycopy(version, 0, frame, 1, version.length);
        return frame;
    }

    /** The bytes a client sends: {@code 0xFF CHATROOM/1 \n}. */
    public static byte[] helloBytes() {
        return helloBytes(1);
    }

    /**
     * The bytes a client sends to ask for {@code version} (1 or 2): {@code 0xFF CHATROOM/2 \n}.
     *
     * @since 1.2
     */
    public static byte[] helloBytes(int version) {
        byte[] frame = version == 2 ? FRAME_2 : FRAME;
        byte[] bytes = Arrays.copyOf(frame, frame.length + 1);
        bytes[frame.length] = '\n';
        return bytes;
    }

    /** The bytes the server answers: {@code CHATROOM/1 OK\n}. */
    public static byte[] okBytes() {
        return okBytes(1);
    }

    /**
     * The bytes the server answers to the hello of {@code version}: {@code CHATROOM/2 OK\n}.
     *
     * @since 1.2
     */
    public static byte[] okBytes(int version) {
        return ((version == 2 ? VERSION_2 : VERSION) + " OK\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** @return whether {@code frame} (newline and {@code \r} removed) is the hello of version 1. */
    public static boolean isHello(byte[] frame) {
        return Arrays.equals(FRAME, frame);
    }

    /**
     * @return the version {@code frame} (newline and {@code \r} removed) asks for: 1 or 2, or 0 when it is no hello
     * @since 1.2
     */
    public static int version(byte[] frame) {
        if (Arrays.equals(FRAME, frame)) {
            return 1;
        }
        return Arrays.equals(FRAME_2, frame) ? 2 : 0;
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

    /**
     * {@link #isOk(String)} for the answer to the hello of {@code version}.
     *
     * @since 1.2
     */
    public static boolean isOk(String frame, int version) {
        String trimmed = frame.endsWith("\r") ? frame.substring(0, frame.length() - 1) : frame;
        return trimmed.endsWith((version == 2 ? VERSION_2 : VERSION) + " OK");
    }
}
