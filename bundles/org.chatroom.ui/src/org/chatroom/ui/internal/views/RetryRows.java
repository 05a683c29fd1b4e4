package org.chatroom.ui.internal.views;

import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.StateChange;
import org.eclipse.osgi.util.NLS;

/**
 * Which of a connection's retries the message list shows. A client that cannot reconnect tries again every 30 s or
 * so, for hours when the room's host is off; a row for each try went to every tab and pushed the conversation out of
 * the scrollback (about 1,000 rows a tab in a night). The list shows the change that began the outage (the lost
 * connection, or the first connect that failed), then the failed tries numbered 1, 2, 4, 8 and so on, counted from
 * the second: about a dozen rows in a night. The status line follows every try.
 */
final class RetryRows {

    /** The state of the change before the retries began. */
    private ConnectionState before = ConnectionState.DISCONNECTED;
    /** Retry changes in a row, the one that began the outage included. */
    private int changes;
    /** Whether the outage began with a lost connection (that change is not a failed try). */
    private boolean lost;

    /**
     * @param change a change of the connection's state, in the order the client made them
     * @param text   what the list would say of it
     * @return what the list says of it, or {@code null} when it skips it (a retry between the numbered ones)
     */
    String row(StateChange change, String text) {
        if (change.state() != ConnectionState.RECONNECTING) {
            before = change.state();
            changes = 0;
            return text;
        }
        if (changes++ == 0) {
            lost = before == ConnectionState.CONNECTED;
            return text;
        }
        int tries = lost ? changes - 1 : changes;
        if (tries == 1) {
            return text;
        }
        return Integer.bitCount(tries) == 1 ? NLS.bind(Messages.stateTries, text, tries) : null;
    }
}
