package org.chatroom.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.RetryCount;
import org.junit.jupiter.api.Test;

/** The failed tries of an outage as the desktop and the console count and show them. */
class RetryCountTest {

    /** What a UI shows of each change: the count, "-" for a change it skips, "." for one shown without a count. */
    private static List<String> shown(RetryCount count, ConnectionState... changes) {
        List<String> shown = new ArrayList<>();
        for (ConnectionState state : changes) {
            int tries = count.next(state);
            shown.add(!RetryCount.shown(tries) ? "-" : RetryCount.numbered(tries) ? String.valueOf(tries) : ".");
        }
        return shown;
    }

    private static ConnectionState[] retries(int n) {
        ConnectionState[] states = new ConnectionState[n];
        Arrays.fill(states, ConnectionState.RECONNECTING);
        return states;
    }

    @Test
    void aLostConnectionIsShownThenTheFailedTriesNumberedInPowersOfTwo() {
        RetryCount count = new RetryCount();
        assertEquals(List.of(".", "."), shown(count, ConnectionState.CONNECTING, ConnectionState.CONNECTED));
        // the lost connection (0 tries), then tries 1 to 9
        assertEquals(List.of(".", ".", "2", "-", "4", "-", "-", "-", "8", "-"), shown(count, retries(10)));
    }

    @Test
    void aFirstConnectThatFailsIsTheFirstFailedTry() {
        RetryCount count = new RetryCount();
        assertEquals(List.of(".", ".", "2", "-", "4"), shown(count, ConnectionState.CONNECTING,
                ConnectionState.RECONNECTING, ConnectionState.RECONNECTING, ConnectionState.RECONNECTING,
                ConnectionState.RECONNECTING));
    }

    @Test
    void aConnectionBetweenOutagesStartsTheCountAgain() {
        RetryCount count = new RetryCount();
        shown(count, ConnectionState.CONNECTED);
        shown(count, retries(5));
        assertEquals(List.of(".", ".", ".", "2"), shown(count, ConnectionState.CONNECTED, ConnectionState.RECONNECTING,
                ConnectionState.RECONNECTING, ConnectionState.RECONNECTING));
        assertEquals(-1, count.next(ConnectionState.DISCONNECTED));
    }
}
