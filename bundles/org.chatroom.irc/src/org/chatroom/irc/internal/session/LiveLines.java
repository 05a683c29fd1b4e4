package org.chatroom.irc.internal.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chatroom.api.log.RoomEvent;

/**
 * The encoded lines of the live event being delivered, per set of tags: a room delivers one event to all its members
 * in a row on one thread, so the first IRC client of each tag set ({@code server-time}, {@code message-tags}) encodes
 * it and the others send the same bytes. Formatting each line per member (prefix, tags, splitting, UTF-8) cost our
 * listener several times InspIRCd's CPU per delivery. One cache per delivering thread, holding the last event only.
 */
final class LiveLines {

    private static final ThreadLocal<LiveLines> LAST = ThreadLocal.withInitial(LiveLines::new);
    private static final int VARIANTS = 4;

    private RoomEvent event;
    private String server;
    @SuppressWarnings("unchecked")
    private final List<byte[]>[] byTags = new List[VARIANTS];

    private LiveLines() {
    }

    /** The lines of {@code event} as {@code client} gets them live (no batch). */
    static List<byte[]> of(IrcClient client, RoomEvent event) {
        LiveLines last = LAST.get();
        String server = client.out.server();
        if (last.event != event || !server.equals(last.server)) {
            last.event = event;
            last.server = server;
            Arrays.fill(last.byTags, null);
        }
        int variant = (client.caps.has(Caps.SERVER_TIME) ? 1 : 0) | (client.caps.has(Caps.MESSAGE_TAGS) ? 2 : 0);
        List<byte[]> lines = last.byTags[variant];
        if (lines == null) {
            List<byte[]> encoded = new ArrayList<>(1);
            EventLines.emit(client, null, event,
                    (tags, source, command, params) -> encoded.add(Out.line(tags, source, command, params)));
            lines = List.copyOf(encoded);
            last.byTags[variant] = lines;
        }
        return lines;
    }
}
