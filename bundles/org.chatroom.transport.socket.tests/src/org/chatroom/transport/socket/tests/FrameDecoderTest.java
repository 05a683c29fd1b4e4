package org.chatroom.transport.socket.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chatroom.api.transport.Framing;
import org.chatroom.transport.socket.connection.FrameDecoder;
import org.junit.jupiter.api.Test;

/** Framing of incoming bytes, read by read, as the I/O loop feeds it. */
class FrameDecoderTest {

    /** Records frames as strings; "!TOO_LONG" marks a discarded frame. */
    private static final class Recorder implements FrameDecoder.Sink {
        final List<String> frames = new ArrayList<>();
        Framing framing;
        String switchToLinesAfter;

        Recorder(Framing framing) {
            this.framing = framing;
        }

        @Override
        public boolean accepting() {
            return true;
        }

        @Override
        public Framing framing() {
            return framing;
        }

        @Override
        public void frame(byte[] frame) {
            String text = new String(frame, StandardCharsets.UTF_8);
            frames.add(text);
            if (text.equals(switchToLinesAfter)) {
                framing = Framing.LINES;
            }
        }

        @Override
        public void frameTooLong(int limit) {
            frames.add("!TOO_LONG " + limit);
        }
    }

    private static void feed(FrameDecoder decoder, Recorder sink, byte[] bytes) {
        decoder.feed(ByteBuffer.wrap(bytes), sink);
    }

    private static void feed(FrameDecoder decoder, Recorder sink, String text) {
        feed(decoder, sink, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void chunksTreatEachReadAsAMessageAndCutAtNewlines() {
        FrameDecoder decoder = new FrameDecoder(100);
        Recorder sink = new Recorder(Framing.CHUNKS);
        feed(decoder, sink, "hello");
        feed(decoder, sink, "one\ntwo\r\nthree");
        feed(decoder, sink, "four\n\n\r\n");
        assertEquals(List.of("hello", "one", "two", "three", "four"), sink.frames);
    }

    @Test
    void chunksWaitForTheRestOfACutCharacter() {
        byte[] euro = "x€".getBytes(StandardCharsets.UTF_8); // 'x' E2 82 AC
        FrameDecoder decoder = new FrameDecoder(100);
        Recorder sink = new Recorder(Framing.CHUNKS);
        feed(decoder, sink, Arrays.copyOf(euro, 2));
        feed(decoder, sink, Arrays.copyOfRange(euro, 2, 3));
        assertTrue(sink.frames.isEmpty(), "a read ending inside a character is no frame yet");
        feed(decoder, sink, Arrays.copyOfRange(euro, 3, 4));
        assertEquals(List.of("x€"), sink.frames);
    }

    @Test
    void malformedEndingsAreFramesToo() {
        FrameDecoder decoder = new FrameDecoder(100);
        Recorder sink = new Recorder(Framing.CHUNKS);
        feed(decoder, sink, new byte[] { 'a', (byte) 0xFF });
        assertEquals(1, sink.frames.size(), "0xFF can never be completed, so it must not wait");
        assertTrue(FrameDecoder.endsOnWholeCharacter(new byte[] { (byte) 0x80 }, 1));
        assertFalse(FrameDecoder.endsOnWholeCharacter(new byte[] { (byte) 0xF0, (byte) 0x9F, (byte) 0x99 }, 3));
        assertTrue(FrameDecoder.endsOnWholeCharacter(new byte[] { (byte) 0xF0, (byte) 0x9F, (byte) 0x99, (byte) 0x82 }, 4));
    }

    @Test
    void linesBufferPartialLines() {
        FrameDecoder decoder = new FrameDecoder(100);
        Recorder sink = new Recorder(Framing.LINES);
        feed(decoder, sink, "MSG hel");
        feed(decoder, sink, "lo\r");
        assertTrue(sink.frames.isEmpty());
        feed(decoder, sink, "\nNAMES\nQU");
        feed(decoder, sink, "IT\n");
        assertEquals(List.of("MSG hello", "NAMES", "QUIT"), sink.frames);
    }

    @Test
    void tooLongLineIsDiscardedUpToItsNewlineAndTheNextLineArrives() {
        FrameDecoder decoder = new FrameDecoder(10);
        Recorder sink = new Recorder(Framing.LINES);
        feed(decoder, sink, "0123456789AB");
        feed(decoder, sink, "CDEF\nok\n0123456789\n");
        assertEquals(List.of("!TOO_LONG 10", "ok", "0123456789"), sink.frames);
    }

    @Test
    void tooLongChunkIsDiscardedToTheEndOfTheRead() {
        FrameDecoder decoder = new FrameDecoder(10);
        Recorder sink = new Recorder(Framing.CHUNKS);
        feed(decoder, sink, "0123456789ABCDEF");
        feed(decoder, sink, "short");
        feed(decoder, sink, "0123456789ABCDEF\nafter");
        assertEquals(List.of("!TOO_LONG 10", "short", "!TOO_LONG 10", "after"), sink.frames);
    }

    @Test
    void switchingFramingAppliesToTheVeryNextByte() {
        FrameDecoder decoder = new FrameDecoder(100);
        Recorder sink = new Recorder(Framing.CHUNKS);
        sink.switchToLinesAfter = "hello";
        feed(decoder, sink, "hello\nNICK al");
        assertEquals(List.of("hello"), sink.frames, "after the switch a partial line waits for its newline");
        feed(decoder, sink, "ice\n");
        assertEquals(List.of("hello", "NICK alice"), sink.frames);
    }
}
