package org.chatroom.irc.internal.session;

import java.util.HashMap;
import java.util.Map;

import org.chatroom.room.password.PasswordHash;

/**
 * Accounts of the listener's configuration, each a name and the salted slow hash of its password
 * ({@code pbkdf2-sha256$...}, as {@code chatroom-server --hash-password} prints it); no password is kept in clear.
 * Two sets exist: the operators ({@code OPER name password}) and the SASL accounts ({@code AUTHENTICATE PLAIN}).
 * Account names are compared exactly, as given.
 */
public final class Accounts {

    private final Map<String, PasswordHash> accounts = new HashMap<>();

    /**
     * @param entries {@code "name hash"} each
     * @param setting the configuration key they come from, for the error message
     * @throws IllegalArgumentException for an entry that is not a name and a valid hash
     */
    public Accounts(String[] entries, String setting) {
        for (String entry : entries) {
            String[] parts = entry.strip().split("\\s+");
            if (parts.length != 2 || !PasswordHash.isEncoded(parts[1])) {
                throw new IllegalArgumentException(
                        "an entry of " + setting + " is 'name pbkdf2-sha256$...': " + parts[0]);
            }
            accounts.put(parts[0], PasswordHash.parse(parts[1]));
        }
    }

    boolean any() {
        return !accounts.isEmpty();
    }

    /** Whether {@code password} is {@code name}'s (the slow hash is computed either way). */
    boolean matches(String name, String password) {
        PasswordHash hash = accounts.get(name);
        if (hash == null) {
            PasswordHash.of(password, PasswordHash.DEFAULT_ITERATIONS); // the same cost as a wrong password
            return false;
        }
        return hash.matches(password);
    }
}
