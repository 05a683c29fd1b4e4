package org.chatroom.api.client;

import java.util.Objects;

/**
 * A room a server offers, as its room list gives it: an IRC channel on IRC networks.
 *
 * @param name    the room's name, as {@code /join} takes it ({@code #chat} on IRC)
 * @param members how many members it has
 * @param topic   its topic, empty for none
 * @since 1.4
 */
public record RoomListing(String name, int members, String topic) {

    public RoomListing {
        Objects.requireNonNull(name, "name");
        topic = topic == null ? "" : topic;
    }
}
