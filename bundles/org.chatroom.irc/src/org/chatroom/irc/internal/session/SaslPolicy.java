package org.chatroom.irc.internal.session;

/**
 * Who may log in with SASL ({@code AUTHENTICATE PLAIN}) and what the listener asks of clients.
 *
 * @param accounts the accounts; none: {@code sasl} is not offered
 * @param required whether a client must log in before it may register
 * @param attempts failed exchanges one connection may make before it is closed
 */
public record SaslPolicy(Accounts accounts, boolean required, int attempts) {

    /** Whether {@code sasl} is offered: there are accounts to log in to. */
    boolean offered() {
        return accounts.any();
    }
}
