package org.chatroom.client.irc.internal;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.client.RoomListing;

/**
 * The channel lists asked for ({@code LIST}): the {@code 322} replies collected until {@code 323} ends one. Replies
 * nobody asked for (a server's own) are not collected.
 */
final class ChannelList {

    private int asked;
    private final List<RoomListing> listed = new ArrayList<>();

    /** A {@code LIST} went out. */
    synchronized void asked() {
        asked++;
    }

    /** {@code 322 me CHANNEL VISIBLE :TOPIC}; servers put the channel's modes first in the topic ({@code [+nt] }). */
    synchronized void add(IrcMessage m) {
        if (asked == 0 || m.params().size() < 3) {
            return;
        }
        int members;
        try {
            members = Integer.parseInt(m.param(2));
        } catch (NumberFormatException e) {
            members = 0;
        }
        String topic = m.params().size() > 3 ? m.last() : "";
        if (topic.startsWith("[+") && topic.indexOf("] ") > 0) {
            topic = topic.substring(topic.indexOf("] ") + 2);
        } else if (topic.startsWith("[+") && topic.endsWith("]")) {
            topic = "";
        }
        listed.add(new RoomListing(m.param(1), members, topic));
    }

    /** {@code 323}: @return the list asked for, or {@code null} when nobody asked */
    synchronized List<RoomListing> end() {
        if (asked == 0) {
            return null;
        }
        asked--;
        List<RoomListing> list = List.copyOf(listed);
        listed.clear();
        return list;
    }
}
