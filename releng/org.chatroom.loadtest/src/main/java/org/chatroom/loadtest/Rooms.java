package org.chatroom.loadtest;

/**
 * How the clients are spread over rooms: client {@code i} is in room {@code i % count}, round-robin, and since the
 * senders are the first K clients, sender {@code s} (client {@code s}) is in room {@code s % count} too, so every
 * room gets K / count senders or one more. Over IRC room {@code k} is channel {@code CHANNEL-k}; a single room is the
 * base channel itself (runs without {@code --rooms} are unchanged). Deliveries are expected within a room only.
 *
 * @param count   number of rooms (1 or more)
 * @param channel the base IRC channel ({@code --channel})
 */
record Rooms(int count, String channel) {

    Rooms {
        if (count < 1) {
            throw new IllegalArgumentException("at least one room");
        }
    }

    /** The room of client (or sender) {@code index}. */
    int of(int index) {
        return index % count;
    }

    /** The IRC channel of {@code room}. */
    String channel(int room) {
        return count == 1 ? channel : channel + "-" + room;
    }

    /** The longest channel name of all rooms. */
    int longestChannel() {
        return channel(count - 1).length();
    }

    /** How many of the first {@code senders} clients are in {@code room}. */
    int senders(int room, int senders) {
        return room >= senders ? 0 : (senders - 1 - room) / count + 1;
    }

    /** The place of sender {@code sender} among the senders of its room (0, 1, ...). */
    int slot(int sender) {
        return sender / count;
    }

    /**
     * Expected deliveries: every receiver gets every message sent in its room, minus {@code ownSent}, the messages
     * receivers sent themselves when the server echoes none (IRC).
     *
     * @param sentByRoom      messages sent per room
     * @param receiversByRoom receivers per room
     */
    static long expected(long[] sentByRoom, long[] receiversByRoom, long ownSent) {
        long expected = 0;
        for (int room = 0; room < sentByRoom.length; room++) {
            expected += sentByRoom[room] * receiversByRoom[room];
        }
        return expected - ownSent;
    }
}
