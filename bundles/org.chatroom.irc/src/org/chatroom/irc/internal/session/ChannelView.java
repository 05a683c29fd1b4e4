package org.chatroom.irc.internal.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * The channels one IRC client is in and who it has been shown in each (by folded name, as shown), so that a member
 * renamed in several rooms is one {@code NICK} line. Leaf operations only: never held while calling out.
 */
final class ChannelView {

    private record Channel(String room, Map<String, String> shown) {
    }

    private final Map<String, Channel> channels = new LinkedHashMap<>(); // room key -> channel

    synchronized void joined(String room, List<String> names) {
        Map<String, String> shown = new HashMap<>();
        for (String name : names) {
            shown.put(NameKeys.of(name), name);
        }
        channels.put(NameKeys.of(room), new Channel(room, shown));
    }

    synchronized void left(String room) {
        channels.remove(NameKeys.of(room));
    }

    synchronized boolean in(String room) {
        return channels.containsKey(NameKeys.of(room));
    }

    /** @return whether {@code name} was not shown in {@code room} yet */
    synchronized boolean add(String room, String name) {
        Channel channel = channels.get(NameKeys.of(room));
        return channel != null && channel.shown().put(NameKeys.of(name), name) == null;
    }

    synchronized void remove(String room, String name) {
        Channel channel = channels.get(NameKeys.of(room));
        if (channel != null) {
            channel.shown().remove(NameKeys.of(name));
        }
    }

    /** Renames {@code oldName} where it is shown so; @return whether it was (the client must hear it, once) */
    synchronized boolean rename(String oldName, String newName) {
        String oldKey = NameKeys.of(oldName);
        boolean shown = false;
        for (Channel channel : channels.values()) {
            if (oldName.equals(channel.shown().get(oldKey))) {
                channel.shown().remove(oldKey);
                channel.shown().put(NameKeys.of(newName), newName);
                shown = true;
            }
        }
        return shown;
    }

    /** The rooms, by their names. */
    synchronized List<String> rooms() {
        List<String> rooms = new ArrayList<>();
        for (Channel channel : channels.values()) {
            rooms.add(channel.room());
        }
        return rooms;
    }
}
