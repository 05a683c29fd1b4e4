package org.chatroom.ui.internal.views;

import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.StateChange;
import org.eclipse.osgi.util.NLS;

/**
 * The words for connection states, with the client's reason when it gave one. One instance follows one stream of
 * state changes: a retry before the client ever joined (since it was last disconnected) is a connect that failed,
 * "Could not connect, retrying", not a lost connection. The status line and the message list each keep one.
 */
public final class StateText {

    /** Whether the client joined since it was last disconnected. */
    private boolean joined;

    /** @return the words for {@code change}, remembering whether the client has joined */
    public String describe(StateChange change) {
        if (change.state() == ConnectionState.CONNECTED) {
            joined = true;
        } else if (change.state() == ConnectionState.DISCONNECTED) {
            joined = false;
        }
        String state = switch (change.state()) {
            case DISCONNECTED -> Messages.stateDisconnected;
            case CONNECTING -> Messages.stateConnecting;
            case CONNECTED -> Messages.stateConnected;
            case RECONNECTING -> joined ? Messages.stateReconnecting : Messages.stateCouldNotConnect;
        };
        return change.detail().isBlank() ? state : NLS.bind(Messages.stateWithDetail, state, change.detail());
    }
}
