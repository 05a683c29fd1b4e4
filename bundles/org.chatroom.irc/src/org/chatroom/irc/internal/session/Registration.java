package org.chatroom.irc.internal.session;

/** What a client gave before registering (PASS, NICK, USER, CAP), until it registers. */
final class Registration {

    volatile String password = "";
    volatile String nick;
    volatile String user;
    volatile String realname = "";
    volatile boolean negotiating;
    private volatile boolean done;

    /** Whether it has all it needs and no CAP negotiation holds it back. */
    boolean ready() {
        return !done && nick != null && user != null && !negotiating;
    }

    boolean done() {
        return done;
    }

    void done(boolean value) {
        this.done = value;
    }
}
