package org.chatroom.server.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chatroom.api.log.LogUsage;
import org.chatroom.api.log.Retention;
import org.chatroom.api.room.RoomHost;
import org.chatroom.api.room.RoomInfo;

/**
 * The host's room commands on the server console: {@code rooms}, {@code create ROOM}, {@code close ROOM [REASON]},
 * {@code retention ROOM [EVENTS DAYS | default]}, {@code original-history ROOM LINES|default},
 * {@code password ROOM PASSWORD|-} and {@code disk}.
 * Refusals of the room service (bad names, limits, the default room) come back as its own explanation.
 */
final class RoomConsoleCommands {

    private final RoomHost host;

    RoomConsoleCommands(RoomHost host) {
        this.host = host;
    }

    /** @return the answer, or empty when {@code command} is not a room command */
    Optional<String> run(String command, String[] words) {
        String room = words.length > 1 ? words[1] : "";
        String rest = words.length > 2 ? words[2] : "";
        try {
            return Optional.ofNullable(switch (command) {
            case "rooms" -> rooms();
            // "create bad name" created "bad", the rest dropped: a room name has no spaces
            case "create" -> room.isEmpty() || !rest.isEmpty() ? Messages.format("console.usage.create")
                    : Messages.format("console.created", host.createRoom(room).name());
            case "close" -> room.isEmpty() ? Messages.format("console.usage.close")
                    : Messages.format(host.closeRoom(room, rest) ? "console.closed" : "console.noSuchRoom", room);
            case "retention" -> room.isEmpty() ? Messages.format("console.usage.retention") : retention(room, rest);
            case "original-history" -> room.isEmpty() || rest.isEmpty() ? Messages.format("console.usage.originalHistory")
                    : originalHistory(room, rest);
            case "password" -> room.isEmpty() || rest.isEmpty() ? Messages.format("console.usage.password")
                    : password(room, rest);
            case "disk" -> disk();
            default -> null;
            });
        } catch (IllegalStateException | IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private String rooms() {
        List<RoomInfo> rooms = host.rooms();
        if (rooms.isEmpty()) {
            return Messages.format("console.noRooms");
        }
        List<String> lines = new ArrayList<>();
        lines.add(Messages.format("console.rooms", rooms.size()));
        for (RoomInfo info : rooms) {
            lines.add(Messages.format("console.room", info.name(), info.members(), info.lastSequence(),
                    describe(host.retention(info.name()).orElse(Retention.UNLIMITED)), info.topic().isEmpty()
                            ? Messages.format("console.noTopic") : Messages.format("console.topic", info.topic())));
        }
        return String.join(System.lineSeparator(), lines);
    }

    private String retention(String room, String rest) {
        if (!rest.isEmpty()) {
            Retention retention = parseRetention(rest);
            if (retention == null && !rest.equals("default")) {
                return Messages.format("console.usage.retention");
            }
            if (!host.retention(room, retention)) {
                return Messages.format("console.noSuchRoom", room);
            }
        }
        return host.retention(room).map(r -> Messages.format("console.retention", room, describe(r)))
                .orElse(Messages.format("console.noSuchRoom", room));
    }

    /** {@code EVENTS DAYS} as a retention, {@code null} when it is not two numbers of at least 0. */
    private static Retention parseRetention(String text) {
        String[] numbers = text.split("\\s+");
        try {
            if (numbers.length == 2) {
                long events = Long.parseLong(numbers[0]);
                long days = Long.parseLong(numbers[1]);
                if (events >= 0 && days >= 0) {
                    return new Retention(events, Duration.ofDays(days));
                }
            }
        } catch (NumberFormatException e) {
            // not numbers: the usage
        }
        return null;
    }

    private String originalHistory(String room, String lines) {
        int value;
        try {
            value = lines.equals("default") ? -1 : Integer.parseInt(lines.strip());
        } catch (NumberFormatException e) {
            return Messages.format("console.usage.originalHistory");
        }
        return Messages.format(host.originalHistory(room, value) ? "console.originalHistory" : "console.noSuchRoom",
                room, value);
    }

    /**
     * Sets or ({@code -}) removes the password of a room: a leaked one could be changed only by closing the room,
     * its history with it. The members in the room stay; a member joining again needs the new one.
     */
    private String password(String room, String password) {
        boolean none = password.equals("-");
        if (!host.roomPassword(room, none ? "" : password)) {
            return Messages.format("console.noSuchRoom", room);
        }
        return Messages.format(none ? "console.passwordRemoved" : "console.passwordSet", room);
    }

    private String disk() {
        Optional<LogUsage> usage = host.history();
        if (usage.isEmpty()) {
            return Messages.format("console.noRooms");
        }
        LogUsage log = usage.get();
        long events = log.events().values().stream().mapToLong(Long::longValue).sum();
        StringBuilder perRoom = new StringBuilder();
        for (Map.Entry<String, Long> room : log.events().entrySet()) {
            perRoom.append(perRoom.length() == 0 ? "" : ", ").append(room.getKey()).append(' ').append(room.getValue());
        }
        return Messages.format("console.disk", log.location(), log.bytes() < 0 ? "?" : bytes(log.bytes()), events,
                log.events().size(), perRoom);
    }

    private static String describe(Retention retention) {
        long events = retention.maxEvents();
        long days = retention.maxAge().toDays();
        String key = events > 0 ? days > 0 ? "console.keeps" : "console.keepsEvents"
                : days > 0 ? "console.keepsDays" : "console.keepsAll";
        return Messages.format(key, events, days);
    }

    private static String bytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return Messages.format("console.kib", bytes / 1024.0);
        }
        return Messages.format("console.mib", bytes / (1024.0 * 1024));
    }
}
