package org.chatroom.irc.internal.session;

import java.util.HashMap;
import java.util.Map;

/** Every command the listener knows, by name. */
final class Commands {

    private Commands() {
    }

    static Map<String, Command> all() {
        Map<String, Command> commands = new HashMap<>();
        RegistrationCommands.addTo(commands);
        ChannelCommands.addTo(commands);
        MessageCommands.addTo(commands);
        QueryCommands.addTo(commands);
        OperatorCommands.addTo(commands);
        HistoryCommands.addTo(commands);
        SaslCommands.addTo(commands);
        ServerCommands.addTo(commands);
        Invites.addTo(commands);
        TagMessages.addTo(commands);
        return Map.copyOf(commands);
    }
}
