package org.chatroom.ui.internal.bridge;

/**
 * Which room the user last asked to join, kept in the application's e4 context by the handlers so that changed
 * preferences apply to the right connection.
 */
public enum JoinedRoom {
    /** The room of the preferences (Connect). */
    REMOTE,
    /** The room this process hosts (Host Room). */
    HOSTED
}
