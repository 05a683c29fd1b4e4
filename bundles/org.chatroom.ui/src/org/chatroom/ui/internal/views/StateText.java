package org.chatroom.ui.internal.views;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.StateChange;
import org.eclipse.osgi.util.NLS;

/** The words for a connection state, with the client's reason when it gave one. */
public final class StateText {

    private StateText() {
    }

    public static String of(StateChange change) {
        String state = switch (change.state()) {
            case DISCONNECTED -> Messages.stateDisconnected;
            case CONNECTING -> Messages.stateConnecting;
            case CONNECTED -> Messages.stateConnected;
            case RECONNECTING -> Messages.stateReconnecting;
        };
        return change.detail().isBlank() ? state : NLS.bind(Messages.stateWithDetail, state, change.detail());
    }
}
