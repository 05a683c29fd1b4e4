package org.chatroom.client.irc.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.chatroom.testing.ScriptedServer;

/**
 * A scripted IRC server for one client on 127.0.0.1: the test reads what the client sends and answers by hand, for
 * what InspIRCd cannot show alone (SASL needs a services server it does not have).
 */
final class IrcPeer extends ScriptedServer {

    IrcPeer() throws IOException {
        super(StandardCharsets.UTF_8, "\r\n");
    }
}
