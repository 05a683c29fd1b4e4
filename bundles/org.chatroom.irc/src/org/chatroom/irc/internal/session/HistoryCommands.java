package org.chatroom.irc.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.irc.internal.Messages;
import org.chatroom.irc.internal.wire.IrcMessage;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.room.member.MemberException;

/**
 * {@code CHATHISTORY} (IRCv3 {@code draft/chathistory}) from the room log: {@code LATEST}, {@code BEFORE},
 * {@code AFTER}, {@code AROUND} and {@code BETWEEN} of a channel the client is in, answered as one
 * {@code chathistory} batch, and {@code TARGETS} ({@link HistoryTargets}). Private messages are not kept by the rooms:
 * a nick (or {@code *}) as target gets an empty batch. Errors are standard replies ({@code FAIL CHATHISTORY ...}).
 */
final class HistoryCommands {

    private static final String COMMAND = "CHATHISTORY";

    private HistoryCommands() {
    }

    static void addTo(Map<String, Command> commands) {
        commands.put(COMMAND, Command.of(0, false, HistoryCommands::chathistory));
    }

    private static void chathistory(IrcClient client, IrcMessage message) {
        String sub = message.has(1) ? message.param(0).toUpperCase(Locale.ROOT) : "";
        int params = switch (sub) {
        case "LATEST", "BEFORE", "AFTER", "AROUND", "TARGETS" -> 4;
        case "BETWEEN" -> 5;
        default -> 0;
        };
        if (sub.isEmpty()) {
            fail(client, "NEED_MORE_PARAMS", Messages.get("needMoreParams"), "*");
        } else if (params == 0) {
            fail(client, "UNKNOWN_COMMAND", Messages.get("history.unknown"), sub);
        } else if (!message.has(params)) {
            fail(client, "NEED_MORE_PARAMS", Messages.get("needMoreParams"), sub);
        } else {
            Optional<Integer> limit = limit(client, message.param(params - 1));
            if (limit.isEmpty()) {
                fail(client, "INVALID_PARAMS", Messages.get("history.badLimit"), sub, message.param(params - 1));
            } else if ("TARGETS".equals(sub)) {
                HistoryTargets.answer(client, message.param(1), message.param(2), limit.get());
            } else {
                answer(client, sub, message, limit.get());
            }
        }
    }

    /** A positive number, lowered to the configured maximum; empty when it is none. */
    private static Optional<Integer> limit(IrcClient client, String text) {
        if (!text.matches("[0-9]{1,9}") || Integer.parseInt(text) == 0) {
            return Optional.empty();
        }
        return Optional.of(Math.min(Integer.parseInt(text), client.network.settings().historyMax()));
    }

    private static void answer(IrcClient client, String sub, IrcMessage message, int limit) {
        String target = message.param(1);
        String room = IrcNames.room(target);
        if (room == null) {
            HistoryBatch.send(client, target, List.of()); // private messages are not kept
            return;
        }
        if (!client.channels.in(room)) {
            fail(client, "INVALID_TARGET", Messages.get("history.notJoined"), sub, target);
            return;
        }
        List<HistoryRef> refs = new ArrayList<>();
        for (int i = 2; i < (sub.equals("BETWEEN") ? 4 : 3); i++) {
            String text = message.param(i);
            Optional<HistoryRef> ref = sub.equals("LATEST") && text.equals("*") ? Optional.of(new HistoryRef(0, null))
                    : HistoryRef.parse(text, room, client.channels.incarnation(room));
            if (ref.isEmpty()) {
                fail(client, "INVALID_PARAMS", Messages.get("history.badReference"), sub, text);
                return;
            }
            refs.add(ref.get());
        }
        try {
            HistoryReader reader = HistoryReader.of(client, room);
            List<RoomEvent> events = read(reader, sub, refs, limit);
            if (events.isEmpty() && reader.cut()) { // not the end of the history: an empty batch would say it is
                fail(client, "MESSAGE_ERROR", Messages.get("history.scanLimit",
                        client.network.settings().historyScan()), sub, target);
                return;
            }
            HistoryBatch.send(client, target, events);
        } catch (MemberException e) {
            if (e.code() == ErrorCode.NOT_IN_ROOM || e.code() == ErrorCode.NO_SUCH_ROOM) {
                fail(client, "INVALID_TARGET", e.getMessage(), sub, target);
            } else {
                fail(client, "MESSAGE_ERROR", e.getMessage(), sub, target);
            }
        }
    }

    private static List<RoomEvent> read(HistoryReader reader, String sub, List<HistoryRef> refs, int limit)
            throws MemberException {
        HistoryRef ref = refs.get(0);
        return switch (sub) {
        case "LATEST" -> reader.newest(reader.lower(ref), Long.MAX_VALUE, limit); // *: after 0
        case "BEFORE" -> reader.newest(0, reader.upper(ref), limit);
        case "AFTER" -> reader.oldest(reader.lower(ref), Long.MAX_VALUE, limit);
        case "AROUND" -> {
            long split = reader.upper(ref);
            List<RoomEvent> events = new ArrayList<>(reader.newest(0, split, limit / 2));
            events.addAll(reader.oldest(split - 1, Long.MAX_VALUE, limit - events.size()));
            yield events;
        }
        default -> { // BETWEEN: forwards when the first comes first, else backwards; both bounds excluded
            HistoryRef last = refs.get(1);
            long lower = reader.lower(ref);
            long upper = reader.upper(last);
            yield lower < upper ? reader.oldest(lower, upper, limit)
                    : reader.newest(reader.lower(last), reader.upper(ref), limit);
        }
        };
    }

    /** {@code FAIL CHATHISTORY code context... :text}. */
    static void fail(IrcClient client, String code, String text, String... context) {
        String[] params = new String[context.length + 3];
        params[0] = COMMAND;
        params[1] = code;
        for (int i = 0; i < context.length; i++) {
            boolean token = !context[i].isEmpty() && context[i].indexOf(' ') < 0 && !context[i].startsWith(":");
            params[i + 2] = token ? context[i] : "*";
        }
        params[params.length - 1] = text;
        client.out.send(null, client.out.server(), "FAIL", params);
    }
}
