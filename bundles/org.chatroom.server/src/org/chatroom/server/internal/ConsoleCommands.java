package org.chatroom.server.internal;

import java.util.List;
import java.util.function.Consumer;

import org.chatroom.api.room.RoomHost;

/**
 * The host's commands on the server's standard input: {@code kick NAME [reason]}, {@code ban NAME|ADDRESS [reason]},
 * {@code unban NAME|ADDRESS}, {@code bans}, {@code members}, {@code stop [reason]} (also {@code quit} and
 * {@code exit}), {@code help}, and the room commands of {@link RoomConsoleCommands}. Each line gets one answer for the
 * host.
 */
public final class ConsoleCommands {

    private final RoomHost room;
    private final RoomConsoleCommands rooms;
    private final Consumer<String> stop;

    /**
     * @param stop stops the server, telling the members the reason it is given (empty: the server's own); called once
     *             per {@code stop} typed
     */
    public ConsoleCommands(RoomHost room, Consumer<String> stop) {
        this.room = room;
        this.rooms = new RoomConsoleCommands(room);
        this.stop = stop;
    }

    /** Runs one line; @return what to tell the host, empty for an empty line */
    public String run(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        String[] words = trimmed.split("\\s+", 3);
        String command = words[0];
        String target = words.length > 1 ? words[1] : "";
        String reason = words.length > 2 ? words[2] : "";
        switch (command) {
        case "kick":
            if (target.isEmpty()) {
                return Messages.format("console.usage.kick");
            }
            return Messages.format(room.kick(target, reason) ? "console.kicked" : "console.noSuchMember", target);
        case "ban":
            if (target.isEmpty()) {
                return Messages.format("console.usage.ban");
            }
            room.ban(target, reason);
            return Messages.format("console.banned", target);
        case "unban":
            if (target.isEmpty()) {
                return Messages.format("console.usage.unban");
            }
            return Messages.format(room.unban(target) ? "console.unbanned" : "console.notBanned", target);
        case "bans":
            return list(room.bans(), "console.noBans", "console.bans");
        case "members":
            return list(room.status().members(), "console.noMembers", "console.members");
        case "stop", "quit", "exit":
            String why = trimmed.substring(command.length()).strip();
            stop.accept(why);
            return Messages.format(why.isEmpty() ? "console.stopping" : "console.stoppingWhy", why);
        case "help":
            return Messages.format("console.help");
        default:
            return rooms.run(command, words).orElseGet(() -> Messages.format("console.unknown", command)
                    + System.lineSeparator() + Messages.format("console.help"));
        }
    }

    private static String list(List<String> items, String noneKey, String someKey) {
        return items.isEmpty() ? Messages.format(noneKey) : Messages.format(someKey, items.size(), String.join(" ", items));
    }
}
