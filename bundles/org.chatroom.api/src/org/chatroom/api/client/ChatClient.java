package org.chatroom.api.client;

import java.time.Duration;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A connection to one room, used by every UI. Network work happens on the client's own threads; results reach
 * {@link ChatListener} services (whiteboard), never the caller's thread.
 */
@ProviderType
public interface ChatClient {

    /**
     * Connects (or reconnects with new settings) in the background; progress is reported to listeners. Connecting
     * again to the server of the last connection (the same host, port and protocol; on IRC, the same settings) joins
     * the rooms it was in again, as after a drop, each from the last event received there where the server numbers
     * them; another server starts from the settings' rooms.
     */
    void connect(ClientSettings settings);

    /** Leaves the room ({@code {quit}} or {@code QUIT}) and stops reconnecting. */
    void disconnect();

    /**
     * Leaves as {@link #disconnect()} does, then waits up to {@code timeout} until the leave is written and the
     * connection closed: for a program about to end (on a signal, {@code kill} or Ctrl+C), which would otherwise take
     * the leave with it, so that the room told the others the connection was lost.
     *
     * @return whether the connection closed within {@code timeout} (at once when there was none)
     * @throws InterruptedException when interrupted while waiting
     * @since 1.8
     */
    boolean disconnectAndWait(Duration timeout) throws InterruptedException;

    /**
     * Whether lines sent are held for a room ({@code chatroom/2}): for the first room this client joins (between the
     * server's welcome, which makes the client connected, and the room's answer a round trip later), or for their
     * room's turn while the client joins its rooms again after a drop. A program that sends and then leaves waits
     * until this is false, or {@link #disconnect()} drops them as not sent.
     *
     * @since 1.9
     */
    default boolean holdsLinesForRoom() {
        return false;
    }

    /**
     * Whether a request the user typed is not answered yet: {@code /search}, {@code /history} or {@code /rooms}
     * ({@code chatroom/2}), whose answer is events and notices a program that sends and then leaves would not see.
     * Such a program waits (a bounded time) until this is false before {@link #disconnect()}. An error from the server
     * counts as the answer to the oldest request; clients without such requests answer false.
     *
     * @since 1.15
     */
    default boolean awaitsAnswers() {
        return false;
    }

    /**
     * Sends a line typed by the user. Lines starting with {@code /} are commands ({@code /me}, {@code /msg},
     * {@code /nick}, {@code /topic}) where the room supports them.
     *
     * @return {@code false} when not connected: the text was not sent and the caller still owns it
     */
    boolean send(String text);

    ConnectionState state();

    /** The name the room accepted, or the requested one while not yet connected. */
    String nickname();

    /**
     * The rooms this client is in, in the order it joined them (only with {@code chatroom/2}, see
     * {@link ProtocolMode#ROOMS}; empty otherwise). After a drop the client joins them again by itself and resumes
     * each from the last event it received.
     *
     * @since 1.2
     */
    default List<String> rooms() {
        return List.of();
    }

    /**
     * The room typed text goes to ({@code chatroom/2}), empty when none; {@code /join ROOM} or {@link #room(String)}
     * changes it.
     *
     * @since 1.2
     */
    default String room() {
        return "";
    }

    /**
     * Makes {@code name}, a room this client is in, the one typed text goes to.
     *
     * @return whether this client is in that room
     * @since 1.2
     */
    default boolean room(String name) {
        return false;
    }

    /**
     * Asks the server for the rooms it offers ({@code chatroom/2} rooms, IRC channels); the list comes once to the
     * listeners' {@link ChatListener#roomsListed}, and is not shown as events.
     *
     * @return whether it was asked: connected to a server that lists rooms (an original-protocol room has one)
     * @since 1.4
     */
    default boolean listRooms() {
        return false;
    }

    /**
     * Whether the server keeps the rooms' history for this client to scroll back ({@code /history}): connected with
     * {@code chatroom/2}, or over IRC to a server offering {@code draft/chathistory}; not over the original protocol or
     * one room.
     *
     * @since 1.12
     */
    default boolean keepsRoomHistory() {
        return false;
    }

    /**
     * Whether this client can search the rooms' history ({@code /search}): the server keeps it and its protocol has a
     * search ({@code chatroom/2}; IRC has none). This default is {@link #keepsRoomHistory()}.
     *
     * @since 1.13
     */
    default boolean searchesRoomHistory() {
        return keepsRoomHistory();
    }

    /** The members as last reported by the room (empty against an original-protocol room, which never tells). */
    List<String> members();

    /**
     * The members of {@code room}, one of the {@link #rooms()} this client is in, as that room last reported them
     * (its member list, then its joins, leaves and renames); empty for a room this client is not in. This default
     * knows only the current room's.
     *
     * @since 1.12
     */
    default List<String> members(String room) {
        return room.equals(room()) ? members() : List.of();
    }
}
