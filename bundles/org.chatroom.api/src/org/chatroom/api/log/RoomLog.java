package org.chatroom.api.log;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The room log service. Backends register it with the {@value #TYPE} service property (for example
 * {@code (chat.roomlog=sqlite)}); the room service picks one through a target filter of its configuration, so a
 * backend is added by installing its bundle.
 *
 * <p>The guarantee the room builds on: an event given to a {@link RoomEventListener} is committed, so a room that
 * delivers events only from its listener never shows a member an event the log could lose.
 */
@ProviderType
public interface RoomLog {

    /** Service property naming the backend, e.g. {@code sqlite}, {@code memory}, {@code redis}. */
    String TYPE = "chat.roomlog";

    /**
     * Opens the stream of {@code room}, creating it when new. {@code listener} hears every event committed from now
     * on (on a distributed log also those appended by other nodes), in sequence order.
     *
     * @throws RoomLogException when the log is unavailable
     * @throws IllegalStateException when the room is already open in this process
     */
    RoomStream open(String room, RoomEventListener listener) throws RoomLogException;

    /** The rooms that have a stream (events or settings), to restore them at start. */
    Set<String> rooms() throws RoomLogException;

    /** What the log holds, for the server's console. */
    LogUsage usage() throws RoomLogException;
}
