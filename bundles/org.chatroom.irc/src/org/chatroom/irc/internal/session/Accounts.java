package org.chatroom.irc.internal.session;

import java.util.HashMap;
import java.util.Map;

import org.chatroom.room.password.PasswordHash;

/**
 * The operator accounts ({@code OPER name password}): each a name and the salted slow hash of its password
 * ({@code pbkdf2-sha256$...}, as {@code chatroom-server --hash-password} prints it); no password is kept in clear.
 */
public final class Operators {

    private final Map<String, PasswordHash> accounts = new HashMap<>();

    /**
     * @param entries {@code "name hash"} each
     * @throws IllegalArgumentException for an entry that is not a name and a valid hash
     */
    public Operators(String[] entries) {
        for (String entry : entries) {
            String[] parts = entry.strip().split("\\s+");
            if (parts.length != 2 || !PasswordHash.isEncoded(parts[1])) {
                throw new IllegalArgumentException("an operator is 'name pbkdf2-sha256$...': " + parts[0]);
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
