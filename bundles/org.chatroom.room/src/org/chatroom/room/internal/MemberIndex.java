package org.chatroom.room.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.chatroom.protocol.NameRules;

/**
 * Who has a name on this server, by the name's folded key ({@link NameRules#key}), and the rooms each is in. Used
 * under the lobby's lock.
 */
final class MemberIndex {

    private final Map<String, Session> byKey = new HashMap<>();
    private final Map<Session, Set<ChatRoom>> memberships = new LinkedHashMap<>();

    /** {@code session} is called {@code name} now, in no room yet. */
    void register(Session session, String name) {
        session.name(name);
        byKey.put(NameRules.key(name), session);
        memberships.put(session, new LinkedHashSet<>());
    }

    /** The member called {@code name} (compared as names are), or null. */
    Session named(String name) {
        return byKey.get(NameRules.key(name));
    }

    /** Whether {@code session} has a name. */
    boolean has(Session session) {
        return memberships.containsKey(session);
    }

    /** Whether the member of this server called {@code name} (compared as names are) has a seat in {@code room}. */
    boolean seated(ChatRoom room, String name) {
        Session member = named(name);
        return member != null && room.seat(member) != null;
    }

    /** The rooms {@code session} is in; empty when it has no name. */
    Set<ChatRoom> roomsOf(Session session) {
        return memberships.getOrDefault(session, Set.of());
    }

    /** {@code session} is no longer in {@code room} (nothing when it has no name any more). */
    void leftRoom(Session session, ChatRoom room) {
        Set<ChatRoom> joined = memberships.get(session);
        if (joined != null) {
            joined.remove(room);
        }
    }

    /** The members with a name, in the order they took it. */
    Set<Session> members() {
        return memberships.keySet();
    }

    int count() {
        return byKey.size();
    }

    /** Frees the name of {@code session}; @return the rooms it was in, or null when it had no name */
    Set<ChatRoom> remove(Session session) {
        Set<ChatRoom> joined = memberships.remove(session);
        if (joined != null) {
            byKey.remove(NameRules.key(session.name()));
        }
        return joined;
    }

    /** {@code session}, called {@code oldName}, is called {@code newName} now. */
    void renamed(Session session, String oldName, String newName) {
        byKey.remove(NameRules.key(oldName));
        byKey.put(NameRules.key(newName), session);
        session.name(newName);
    }

    void clear() {
        memberships.clear();
        byKey.clear();
    }
}
