package org.chatroom.api.client;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service: every registered listener hears the {@link ChatClient}. Called from the client's thread, in
 * order, never concurrently; implementations must return quickly (a UI hands the work to its own thread).
 */
@ConsumerType
public interface ChatListener {

    /** Events in the order the room sent them; a burst arrives as one batch. */
    void events(List<ChatEvent> events);

    /** The connection changed state; {@code detail} says why, for the user (may be empty). */
    void stateChanged(ConnectionState state, String detail);

    /** The member list changed (only rooms speaking the extended protocol report members). */
    default void membersChanged(List<String> members) {
    }

    /**
     * The member list changed: {@code members} are those of {@code room}, the room typing went to when the client
     * took the list (empty when in no room, or on a protocol without rooms). A listener reads the room here, not from
     * {@link ChatClient#room()}, which may have moved on before the call (a part typed meanwhile). Calls
     * {@link #membersChanged(List)} unless overridden; the clients call this one.
     *
     * @since 1.17
     */
    default void membersChanged(String room, List<String> members) {
        membersChanged(members);
    }

    /**
     * The room refused the connection for its password: none was given ({@code wrong} false), or the one given was
     * wrong; {@code detail} is the room's refusal, for the user. The client is disconnected and does not retry by
     * itself; connecting again with a password may get in. Called before the state change to
     * {@link ConnectionState#DISCONNECTED}; a client that cannot tell a password refusal from another (the IRC client)
     * does not call it.
     *
     * @since 1.4
     */
    default void passwordRefused(boolean wrong, String detail) {
    }

    /**
     * The server's room list, in the server's order, answering {@link ChatClient#listRooms()} (once per call).
     *
     * @since 1.4
     */
    default void roomsListed(List<RoomListing> rooms) {
    }

    /**
     * A room the user asked to join ({@code chatroom/2}: {@code /join ROOM [PASSWORD]}; IRC: a channel with a key,
     * numeric 475) refused for its password: none was given ({@code wrong} false), or the one given was wrong;
     * {@code detail} is the room's refusal, for the user, which also comes as an error event. Joining again with the
     * password (a UI may ask for it) may get in. The rooms (IRC channels) the settings name are told too, and those
     * the client joins again after a drop (a password changed meanwhile: {@code wrong} is true then); the client is not
     * in such a room until joined again.
     *
     * @since 1.7
     */
    default void roomPasswordRefused(String room, boolean wrong, String detail) {
    }
}
