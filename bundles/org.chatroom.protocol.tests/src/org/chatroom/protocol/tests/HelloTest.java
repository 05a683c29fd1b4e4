package org.chatroom.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.chatroom.protocol.Hello;
import org.chatroom.protocol.StrictUtf8;
import org.junit.jupiter.api.Test;

class HelloTest {

    private static final byte[] WIRE = { (byte) 0xFF, 'C', 'H', 'A', 'T', 'R', 'O', 'O', 'M', '/', '1', '\n' };

    @Test
    void helloBytesAreTheDocumentedOnes() {
        assertArrayEquals(WIRE, Hello.helloBytes());
        assertArrayEquals("CHATROOM/1 OK\n".getBytes(StandardCharsets.US_ASCII), Hello.okBytes());
    }

    @Test
    void helloIsNeverValidUtf8SoNoOriginalClientSendsIt() {
        assertFalse(StrictUtf8.isValid(Hello.helloBytes()));
    }

    @Test
    void helloFrameIsRecognisedWithoutNewline() {
        byte[] frame = Arrays.copyOf(WIRE, WIRE.length - 1);
        assertTrue(Hello.isHello(frame));
        assertFalse(Hello.isHello(WIRE), "with its newline it is not a frame");
        assertFalse(Hello.isHello("CHATROOM/1".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aCutHelloIsAPrefix() {
        for (int length = 1; length < WIRE.length - 1; length++) {
            assertTrue(Hello.isHelloPrefix(Arrays.copyOf(WIRE, length)), "prefix of length " + length);
        }
        assertFalse(Hello.isHelloPrefix(Arrays.copyOf(WIRE, WIRE.length - 1)), "the whole hello is no prefix");
        assertFalse(Hello.isHelloPrefix(new byte[0]));
        assertFalse(Hello.isHelloPrefix(new byte[] { (byte) 0xFF, 'X' }));
    }

    @Test
    void okIsFoundAtTheEndOfAFrame() {
        assertTrue(Hello.isOk("CHATROOM/1 OK"));
        assertTrue(Hello.isOk("CHATROOM/1 OK\r"));
        assertTrue(Hello.isOk("Please enter your name and press EnterCHATROOM/1 OK"));
        assertFalse(Hello.isOk("Please enter your name and press Enter"));
        assertFalse(Hello.isOk("CHATROOM/1 OK then"));
    }
}
