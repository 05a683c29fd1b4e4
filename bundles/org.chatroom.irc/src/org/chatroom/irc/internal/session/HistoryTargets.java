package org.chatroom.irc.internal.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.chatroom.api.log.RoomEvent;
import org.chatroom.irc.internal.Messages;
import org.chatroom.irc.internal.wire.Tags;
import org.chatroom.room.member.MemberException;

/**
 * {@code CHATHISTORY TARGETS timestamp=A timestamp=B limit}: the channels the client is in that had a message (any
 * event with {@code draft/event-playback}) between the two times, each with the time of its latest one, earliest
 * first, at most {@code limit}, as a {@code draft/chathistory-targets} batch. Private messages are not kept, so no
 * nick is listed. A channel whose log cannot be read now is left out.
 */
final class HistoryTargets {

    private record Target(String channel, Instant latest) {
    }

    private HistoryTargets() {
    }

    static void answer(IrcClient client, String from, String to, int limit) {
        Optional<HistoryRef> a = from.startsWith("timestamp=") ? HistoryRef.parse(from, "", "") : Optional.empty();
        Optional<HistoryRef> b = to.startsWith("timestamp=") ? HistoryRef.parse(to, "", "") : Optional.empty();
        if (a.isEmpty() || b.isEmpty()) {
            HistoryCommands.fail(client, "INVALID_PARAMS", Messages.get("history.badTargets"), "TARGETS");
            return;
        }
        boolean forwards = a.get().time().isBefore(b.get().time());
        HistoryRef earlier = forwards ? a.get() : b.get();
        HistoryRef later = forwards ? b.get() : a.get();
        List<Target> targets = new ArrayList<>();
        for (String room : client.channels.rooms()) {
            HistoryReader reader = HistoryReader.of(client, room);
            try {
                List<RoomEvent> latest = reader.newest(reader.lower(earlier), reader.upper(later), 1);
                if (!latest.isEmpty()) {
                    targets.add(new Target(IrcNames.channel(room), latest.get(0).time()));
                }
            } catch (MemberException e) {
                client.network.logger().debug("CHATHISTORY TARGETS skipped {}: {}", room, e.getMessage());
            }
        }
        targets.sort(Comparator.comparing(Target::latest));
        List<Target> listed = targets.subList(0, Math.min(limit, targets.size()));
        String batch = HistoryBatch.open(client, "draft/chathistory-targets");
        for (Target target : listed) {
            client.out.send(batch == null ? null : "batch=" + batch, client.out.server(), "CHATHISTORY", "TARGETS",
                    target.channel(), Tags.time(target.latest()).substring("time=".length()));
        }
        HistoryBatch.close(client, batch);
    }
}
