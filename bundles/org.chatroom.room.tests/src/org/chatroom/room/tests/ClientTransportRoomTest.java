package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawOriginalClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.transport.ClientTransport;
import org.chatroom.api.transport.CloseReason;
import org.chatroom.api.transport.Connection;
import org.chatroom.api.transport.ConnectionHandler;
import org.chatroom.api.transport.Framing;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.transport.TransportLimits;
import org.chatroom.protocol.ClientCommand;
import org.chatroom.protocol.Hello;
import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.ServerEvent;
import org.junit.jupiter.api.Test;
import org.chatroom.testing.Services;

/**
 * Our client's path through the TCP ClientTransport: the hello, {@code CHATROOM/1 OK} found with
 * {@link Hello#isOk(String)}, the switch to LINES inside {@code received}, then protocol lines both ways.
 */
class ClientTransportRoomTest extends DefaultRoomTest {

    /** Negotiates like our client: frames before the OK are original text, lines after it are server events. */
    private static final class NegotiatingHandler implements ConnectionHandler {
        final BlockingQueue<String> beforeOk = new LinkedBlockingQueue<>();
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final BlockingQueue<CloseReason> closed = new LinkedBlockingQueue<>();
        private boolean negotiated;

        @Override
        public void opened(Connection connection) {
            connection.send(Hello.helloBytes());
        }

        @Override
        public void received(Connection connection, byte[] frame) {
            String text = new String(frame, StandardCharsets.UTF_8);
            if (negotiated) {
                lines.add(text);
            } else if (Hello.isOk(text)) {
                negotiated = true;
                connection.setFraming(Framing.LINES);
                beforeOk.add(text);
            } else {
                beforeOk.add(text);
            }
        }

        @Override
        public void frameTooLong(Connection connection, int limit) {
            lines.add("TOO LONG");
        }

        @Override
        public void closed(Connection connection, CloseReason reason, String detail) {
            closed.add(reason);
        }

        ServerEvent next() throws Exception {
            String line = lines.poll(5, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("no line within 5 s");
            }
            return ServerEvent.parse(line);
        }
    }

    @Test
    void ourClientPathNegotiatesAndChats() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ClientTransport transport = Services.get(ClientTransport.class, "(" + ServerTransport.TYPE + "=tcp)");
            RawOriginalClient oldie = room.original("oldie");
            NegotiatingHandler handler = new NegotiatingHandler();
            Connection connection = transport.connect(room.address, TransportLimits.DEFAULT, handler,
                    Duration.ofSeconds(2));
            connection.send(new ClientCommand.Nick("neo").toLine() + "\n");
            ServerEvent.Welcome welcome = assertInstanceOf(ServerEvent.Welcome.class, handler.next());
            assertEquals("neo", welcome.name());
            assertEquals(List.of("oldie", "neo"), assertInstanceOf(ServerEvent.Members.class, handler.next()).names());
            String greeting = String.join("", handler.beforeOk);
            assertEquals(OriginalProtocol.PROMPT + Hello.OK, greeting, "the prompt, then the answer to the hello");
            oldie.expect("neo joined the chat");

            connection.send(new ClientCommand.Msg("hello from the client transport").toLine() + "\n");
            ServerEvent.Msg msg = assertInstanceOf(ServerEvent.Msg.class, handler.next());
            assertEquals("hello from the client transport", msg.text());
            oldie.expect("neo: hello from the client transport");
            oldie.send("welcome neo");
            oldie.expect("oldie: welcome neo");
            assertEquals("welcome neo", assertInstanceOf(ServerEvent.Msg.class, handler.next()).text());

            connection.send(new ClientCommand.Quit().toLine() + "\n");
            assertInstanceOf(ServerEvent.Bye.class, handler.next());
            CloseReason reason = handler.closed.poll(5, TimeUnit.SECONDS);
            assertTrue(reason == CloseReason.PEER || reason == CloseReason.ERROR, "the room closed it: " + reason);
            oldie.expect("neo left the chat.");
        });
    }
}
