package org.chatroom.client.internal;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.protocol.NameRules;
import org.chatroom.protocol.ServerEvent;

/**
 * Turns extended-protocol server lines into events and keeps the member list they describe. A room that closes
 * says why twice, a notice (for original-protocol clients) and then {@code BYE} with the same words: the
 * {@code BYE} then adds no second line.
 */
final class ExtendedEvents {

    private final List<String> members = new ArrayList<>();
    private boolean membersChanged;
    /** The text of the line read last when it was a notice, else {@code null}. */
    private String lastNotice;

    /** @return the event for the user, or {@code null} when the line only changes the member list */
    ChatEvent read(ServerEvent line) {
        String noticeBefore = lastNotice;
        lastNotice = line instanceof ServerEvent.Notice n ? n.text() : null;
        if (line instanceof ServerEvent.Bye b && b.reason().equals(noticeBefore)) {
            return null; // said already
        }
        return event(line);
    }

    private ChatEvent event(ServerEvent line) {
        if (line instanceof ServerEvent.Msg m) {
            return new ChatEvent(Kind.MESSAGE, m.time(), m.name(), "", m.text());
        } else if (line instanceof ServerEvent.Me m) {
            return new ChatEvent(Kind.ACTION, m.time(), m.name(), "", m.text());
        } else if (line instanceof ServerEvent.Priv p) {
            return new ChatEvent(Kind.PRIVATE, p.time(), p.from(), p.to(), p.text());
        } else if (line instanceof ServerEvent.Join j) {
            add(j.name());
            return new ChatEvent(Kind.JOIN, j.time(), j.name(), "", "");
        } else if (line instanceof ServerEvent.Leave l) {
            remove(l.name());
            return new ChatEvent(Kind.LEAVE, l.time(), l.name(), "", l.reason());
        } else if (line instanceof ServerEvent.Nick n) {
            rename(n.oldName(), n.newName());
            return new ChatEvent(Kind.NICK, n.time(), n.oldName(), "", n.newName());
        } else if (line instanceof ServerEvent.Topic t) {
            return new ChatEvent(Kind.TOPIC, t.time(), t.setter(), "", t.text());
        } else if (line instanceof ServerEvent.Notice n) {
            return new ChatEvent(Kind.NOTICE, n.time(), "", "", n.text());
        } else if (line instanceof ServerEvent.Bye b) {
            return new ChatEvent(Kind.NOTICE, b.time(), "", "", Messages.format("room.closing", b.reason()));
        } else if (line instanceof ServerEvent.Members m) {
            members.clear();
            members.addAll(m.names());
            membersChanged = true;
            return null;
        }
        return null; // WELCOME and ERR are handled by the session
    }

    /** @return the member list if it changed since the last call, else {@code null} */
    List<String> takeMembersChange() {
        if (!membersChanged) {
            return null;
        }
        membersChanged = false;
        return List.copyOf(members);
    }

    /** @return the member list as it stands */
    List<String> members() {
        return List.copyOf(members);
    }

    /** Adds a member once: a room whose log commits later may list a member before its JOIN arrives. */
    private void add(String name) {
        if (members.stream().noneMatch(m -> NameRules.key(m).equals(NameRules.key(name)))) {
            members.add(name);
            membersChanged = true;
        }
    }

    private void remove(String name) {
        membersChanged |= members.removeIf(m -> NameRules.key(m).equals(NameRules.key(name)));
    }

    private void rename(String oldName, String newName) {
        for (int i = 0; i < members.size(); i++) {
            if (NameRules.key(members.get(i)).equals(NameRules.key(oldName))) {
                members.set(i, newName);
                membersChanged = true;
            }
        }
    }
}
