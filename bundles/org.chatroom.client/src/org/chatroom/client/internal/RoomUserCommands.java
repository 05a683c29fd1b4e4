package org.chatroom.client.internal;

import java.util.Locale;

import org.chatroom.protocol.ClientCommand;
import org.chatroom.protocol.RoomCommand;

/**
 * Turns a line the user typed into a {@code chatroom/2} command for the current room: text, {@code /me},
 * {@code /topic}, {@code /names} go to it; {@code /join ROOM [PASSWORD]} (resuming where the client left it),
 * {@code /create ROOM [PASSWORD]}, {@code /part [ROOM]}, {@code /rooms}, {@code /history [N]} (the page before the
 * oldest event shown), {@code /search WORDS}; {@code /msg} and {@code /nick} as in version 1. {@code /room ROOM}
 * switches the current room without a line to the server and gives {@code null}.
 */
final class RoomUserCommands {

    /** Events asked for by {@code /history} without a count, and results by {@code /search}. */
    static final int PAGE = 20;

    private RoomUserCommands() {
    }

    /** @return whether {@code line} is a bare {@code /topic}: it asks what the topic is, and changes nothing */
    static boolean asksTopic(String line) {
        return line.strip().equalsIgnoreCase("/topic");
    }

    /** @throws IllegalArgumentException with a message for the user for an unknown or incomplete command */
    static RoomCommand parse(String line, RoomMemory memory) {
        String room = memory.current();
        int space = line.indexOf(' ');
        String verb = (space < 0 ? line : line.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : line.substring(space + 1).strip();
        switch (line.startsWith("/") && !line.startsWith("//") ? verb : "") {
        case "/join": {
            String[] target = target(rest, "/join ROOM [PASSWORD]");
            memory.password(target[0], target[1]);
            memory.joining(target[0]);
            Long since = memory.resumePoint(target[0]);
            return since == null ? new RoomCommand.Join(target[0], RoomCommand.NO_SEQ, target[1])
                    : new RoomCommand.Join(target[0], since, target[1], memory.identity(target[0]));
        }
        case "/create": {
            String[] target = target(rest, "/create ROOM [PASSWORD]");
            memory.password(target[0], target[1]);
            memory.creating(target[0]);
            return new RoomCommand.Create(target[0], target[1]);
        }
        case "/part":
            return new RoomCommand.Part(rest.isEmpty() ? inRoom(room) : rest, "");
        case "/rooms":
            return new RoomCommand.Rooms();
        case "/room":
            if (!memory.current(rest)) {
                throw new IllegalArgumentException(Messages.format("room.notIn", rest));
            }
            return null;
        case "/history":
            return new RoomCommand.History(inRoom(room), memory.oldest(room), rest.isEmpty() ? PAGE : count(rest));
        case "/search":
            return new RoomCommand.Search(inRoom(room), PAGE, required(rest, "/search WORDS"));
        default:
            return forRoom(UserCommands.parse(line), room);
        }
    }

    /** A command of version 1 addressed to the current room where it is room-addressed in version 2. */
    private static RoomCommand forRoom(ClientCommand command, String room) {
        if (command instanceof ClientCommand.Msg msg) {
            return new RoomCommand.Say(inRoom(room), msg.text());
        } else if (command instanceof ClientCommand.Me me) {
            return new RoomCommand.Act(inRoom(room), me.text());
        } else if (command instanceof ClientCommand.Topic topic) {
            return new RoomCommand.SetTopic(inRoom(room), topic.text());
        } else if (command instanceof ClientCommand.Names) {
            return new RoomCommand.Names(inRoom(room));
        }
        return new RoomCommand.Plain(command);
    }

    private static String inRoom(String room) {
        if (room.isEmpty()) {
            throw new NoRoomException();
        }
        return room;
    }

    private static String[] target(String rest, String usage) {
        String room = required(rest, usage);
        int gap = room.indexOf(' ');
        return gap < 0 ? new String[] { room, "" } : new String[] { room.substring(0, gap), room.substring(gap + 1) };
    }

    private static long count(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.format("command.usage", "/history [N]"), e);
        }
    }

    private static String required(String value, String usage) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(Messages.format("command.usage", usage));
        }
        return value;
    }
}
