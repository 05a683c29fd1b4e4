package org.chatroom.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.chatroom.protocol.ClientCommand;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.protocol.ProtocolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientCommandTest {

    @Test
    void parsesEveryCommand() throws ProtocolException {
        assertEquals(new ClientCommand.Nick("alice"), ClientCommand.parse("NICK alice"));
        assertEquals(new ClientCommand.Msg("hi  bob "), ClientCommand.parse("MSG hi  bob "));
        assertEquals(new ClientCommand.Me("waves"), ClientCommand.parse("ME waves"));
        assertEquals(new ClientCommand.Priv("bob", "psst, over here"), ClientCommand.parse("PRIV bob psst, over here"));
        assertEquals(new ClientCommand.Topic("Friday release"), ClientCommand.parse("TOPIC Friday release"));
        assertEquals(new ClientCommand.Topic(""), ClientCommand.parse("TOPIC"));
        assertEquals(new ClientCommand.Names(), ClientCommand.parse("NAMES"));
        assertEquals(new ClientCommand.Quit(), ClientCommand.parse("QUIT"));
    }

    @Test
    void passwordIsParsedWithItsSpacesAndNeverShownByToString() throws ProtocolException {
        ClientCommand pass = ClientCommand.parse("PASS open sesame");
        assertEquals(new ClientCommand.Pass("open sesame"), pass);
        assertEquals("PASS open sesame", pass.toLine());
        assertFalse(pass.toString().contains("sesame"), pass.toString());
    }

    @Test
    void badPasswordIsAnErrorCode() {
        assertEquals(ErrorCode.BAD_PASSWORD, ErrorCode.parse("BAD_PASSWORD"));
    }

    @Test
    void nickWithoutNameIsAnEmptyName() throws ProtocolException {
        assertEquals(new ClientCommand.Nick(""), ClientCommand.parse("NICK"));
    }

    @Test
    void formatsWhatItParses() throws ProtocolException {
        List<ClientCommand> commands = List.of(new ClientCommand.Nick("alice"), new ClientCommand.Msg("hello there"),
                new ClientCommand.Me("waves"), new ClientCommand.Priv("bob", "psst"), new ClientCommand.Topic("x y"),
                new ClientCommand.Topic(""), new ClientCommand.Names(), new ClientCommand.Quit());
        for (ClientCommand command : commands) {
            assertEquals(command, ClientCommand.parse(command.toLine()), command.toLine());
        }
        assertEquals("PRIV bob psst", new ClientCommand.Priv("bob", "psst").toLine());
        assertEquals("TOPIC", new ClientCommand.Topic("").toLine());
    }

    @ParameterizedTest
    @ValueSource(strings = { "HELLO", "msg lower case", "JOIN x", "{quit}" })
    void unknownCommands(String line) {
        ProtocolException e = assertThrows(ProtocolException.class, () -> ClientCommand.parse(line));
        assertEquals(ErrorCode.UNKNOWN_COMMAND, e.code());
        assertFalse(e.getMessage().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "MSG", "MSG ", "ME", "PRIV", "PRIV bob", "PRIV bob ", "PRIV  text" })
    void badCommands(String line) {
        ProtocolException e = assertThrows(ProtocolException.class, () -> ClientCommand.parse(line));
        assertEquals(ErrorCode.BAD_COMMAND, e.code());
        assertFalse(e.getMessage().isBlank());
    }
}
