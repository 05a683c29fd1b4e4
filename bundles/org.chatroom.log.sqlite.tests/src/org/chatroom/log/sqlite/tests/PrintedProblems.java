package org.chatroom.log.sqlite.tests;

import org.chatroom.log.sqlite.internal.store.Problems;

/** Problems of a store run outside OSGi (the child process, the benchmark), printed on stderr. */
public final class PrintedProblems implements Problems {

    @Override
    public void batchFailed(int events, Exception cause) {
        System.err.println("a batch of " + events + " events failed:");
        cause.printStackTrace();
    }

    @Override
    public void listenerFailed(String room, RuntimeException cause) {
        System.err.println("the listener of room " + room + " failed:");
        cause.printStackTrace();
    }

    @Override
    public void checkpointFailed(Exception cause) {
        System.err.println("a checkpoint failed:");
        cause.printStackTrace();
    }
}
