package org.chatroom.transport.socket.connection;

/** What a selection key of an {@link IoLoop} is attached to. */
public interface Selectable {

    /** Called on the loop thread when the key is ready for {@code readyOps}. */
    void ready(int readyOps);

    /** Called on the loop thread when the loop stops: release everything now. */
    void loopStopped();
}
