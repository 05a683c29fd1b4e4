package org.chatroom.api.client;

/**
 * Counts the failed tries of an outage from a client's state changes, for a UI that shows only some of them (since
 * 1.10). A client that cannot reconnect tries again every 30 s or so, for hours when the room's host is off: a line
 * for each try came to about 1,000 in a night and pushed the conversation out of the scrollback. A UI shows the change
 * that began the outage (the lost connection, or the first connect that failed), then the failed tries numbered 1, 2,
 * 4, 8 and so on, counted from the second ({@link #shown}, {@link #numbered}). Fed the changes in the order the client
 * made them, from one thread.
 */
public final class RetryCount {

    private ConnectionState before = ConnectionState.DISCONNECTED;
    private int retries;

    /**
     * @param state the client's new state
     * @return for {@link ConnectionState#RECONNECTING}, how many tries failed since the outage began (0 for the lost
     *         connection that began it); -1 for any other state
     */
    public int next(ConnectionState state) {
        if (state != ConnectionState.RECONNECTING) {
            retries = 0;
            before = state;
            return -1;
        }
        retries++;
        return before == ConnectionState.CONNECTED ? retries - 1 : retries;
    }

    /**
     * @return whether a UI shows the change {@link #next} counted {@code tries}: all but the retries between 1, 2, 4,
     *         8 and so on
     */
    public static boolean shown(int tries) {
        return tries < 2 || Integer.bitCount(tries) == 1;
    }

    /** @return whether a UI says the count with the change: from the second failed try on */
    public static boolean numbered(int tries) {
        return tries >= 2;
    }
}
