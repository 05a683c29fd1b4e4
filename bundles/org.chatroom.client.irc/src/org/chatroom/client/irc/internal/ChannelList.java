package org.chatroom.client.irc.internal;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.client.RoomListing;

/**
 * The channel lists asked for ({@code LIST}): the {@code 322} replies collected until {@code 323} ends one. Replies
 * no caller asked for (the user's {@code /list}, {@code /quote LIST}) are counted and handed back to be shown.
 */
final class ChannelList {

    private int asked;
    private int shown;
    private final List<RoomListing> listed = new ArrayList<>();

    /** A {@code LIST} went out. */
    synchronized void asked() {
        asked++;
    }

    /**
     * {@code 322 me CHANNEL VISIBLE :TOPIC}; servers put the channel's modes first in the topic ({@code [+nt] }).
     *
     * @return the channel, when no caller asked for a list (the user typed it): for the user to see, else null
     */
    synchronized RoomListing add(IrcMessage m) {
        if (m.params().size() < 3) {
            return null;
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
        RoomListing listing = new RoomListing(m.param(1), members, topic);
        if (asked == 0) {
            shown++;
            return listing;
        }
        listed.add(listing);
        return null;
    }

    /** {@code 323} of a list no caller asked for: @return how many channels it had */
    synchronized int shownEnd() {
        int count = shown;
        shown = 0;
        return count;
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
