package org.chatroom.ui.internal.views;

import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.StateChange;
import org.eclipse.osgi.util.NLS;

/**
 * The words for connection states, with the client's reason when it gave one. One instance follows one stream of
 * state changes: a retry before the client ever joined (since it was last disconnected, or told to connect anew: the
 * settings changed to a host that does not answer) is a connect that failed, "Could not connect, retrying", not a
 * lost connection. The status line (the state's words, the reason in its tooltip)
 * and the message list (the reason in the line) each keep one.
 */
public final class StateText {

    /** Whether the client joined since it was last disconnected or told to connect anew. */
    private boolean joined;

    /**
     * @return what the message list says of {@code change}: the state's words with the client's reason, or the reason
     *         alone for a retry, since the client's reason for one says what failed and when it tries again
     */
    public String describe(StateChange change) {
        String state = words(change);
        if (change.detail().isBlank()) {
            return state;
        }
        return change.state() == ConnectionState.RECONNECTING ? change.detail()
                : NLS.bind(Messages.stateWithDetail, state, change.detail());
    }

    /** @return the state's words alone (the status line's), remembering whether the client has joined */
    public String words(StateChange change) {
        if (change.state() == ConnectionState.CONNECTED) {
            joined = true;
        } else if (change.state() == ConnectionState.DISCONNECTED || change.state() == ConnectionState.CONNECTING) {
            joined = false; // a connect anew (Connect, settings changed) that fails did not lose a connection
        }
        return switch (change.state()) {
            case DISCONNECTED -> Messages.stateDisconnected;
            case CONNECTING -> Messages.stateConnecting;
            case CONNECTED -> Messages.stateConnected;
            case RECONNECTING -> joined ? Messages.stateReconnecting : Messages.stateCouldNotConnect;
        };
    }
}
