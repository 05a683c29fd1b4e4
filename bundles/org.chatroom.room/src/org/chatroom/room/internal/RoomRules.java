package org.chatroom.room.internal;

import java.util.Map;

import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.chatroom.room.password.PasswordHash;

/**
 * What one room's settings decide about who may join and what is kept: its password, its bans and its history
 * options, as this server last read or changed them in the log's settings, and how many changes it made (so that
 * settings read before a change are not applied over it). Used under the lobby's lock.
 */
final class RoomRules {

    static final String PASSWORD = "password";

    private final RoomBans bans = new RoomBans();
    private final HistoryOptions history = new HistoryOptions();
    private String passwordHash = "";
    private long edits;

    void apply(Map<String, String> settings) {
        passwordHash = settings.getOrDefault(PASSWORD, "");
        history.load(settings);
        bans.load(settings);
    }

    /** Applies {@code settings} when no change was made since {@code editsBefore}; @return whether they were */
    boolean apply(Map<String, String> settings, long editsBefore) {
        if (edits != editsBefore) {
            return false;
        }
        apply(settings);
        return true;
    }

    long edits() {
        return edits;
    }

    void edited() {
        edits++;
    }

    /** The password's hash as last read or set (empty: none): compared to tell whether it changed. */
    String passwordHash() {
        return passwordHash;
    }

    boolean passwordRequired() {
        return !passwordHash.isEmpty();
    }

    boolean passwordMatches(String guess) {
        return passwordHash.isEmpty()
                || PasswordHash.isEncoded(passwordHash) && PasswordHash.parse(passwordHash).matches(guess);
    }

    /** Keeps the hash of {@code password} (none when empty) in {@code stream}'s settings. */
    void password(RoomStream stream, String password) throws RoomLogException {
        String hash = password.isEmpty() ? "" : PasswordHash.of(password, PasswordHash.DEFAULT_ITERATIONS).encoded();
        stream.setting(PASSWORD, hash.isEmpty() ? null : hash);
        passwordHash = hash;
    }

    HistoryOptions history() {
        return history;
    }

    Bans bans() {
        return bans.bans();
    }

    boolean ban(RoomStream stream, String nameOrAddress) throws RoomLogException {
        return bans.add(stream, nameOrAddress);
    }

    boolean unban(RoomStream stream, String nameOrAddress) throws RoomLogException {
        return bans.remove(stream, nameOrAddress);
    }
}
