package org.chatroom.room.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.osgi.service.log.Logger;

/**
 * A room's topic as its committed {@code TOPIC} events set it, on this server and on every other one sharing the room:
 * a topic the log refuses (at once or after accepting it) changes nothing anywhere. The topic is also kept in the
 * room's settings for the servers that open the room later; the server whose member set it writes it there once the
 * event is committed, never before. Used under the lobby's lock, except {@link #store}.
 */
final class RoomTopic {

    static final String TOPIC = "topic";
    static final String TOPIC_SETTER = "topic.setter";

    private String text = "";
    private String setter = "";
    /** The topics this server appended that the log has neither committed nor refused yet, oldest first. */
    private final Deque<EventDraft> own = new ArrayDeque<>();

    /** Takes the topic the log's settings kept (when the room is opened). */
    void load(Map<String, String> settings) {
        text = settings.getOrDefault(TOPIC, "");
        setter = settings.getOrDefault(TOPIC_SETTER, "");
    }

    String text() {
        return text;
    }

    String setter() {
        return setter;
    }

    /** The event that sets {@code topic}, to be appended; it counts as this server's own until committed or refused. */
    EventDraft draft(String by, String topic) {
        EventDraft draft = new EventDraft(Instant.now(), EventKind.TOPIC, by, topic);
        own.add(draft);
        return draft;
    }

    /** {@code draft} will never be committed (refused at once or after being accepted): it changes nothing. */
    void refused(EventDraft draft) {
        own.remove(draft);
    }

    /**
     * The committed {@code TOPIC} event {@code event} (of any server) is the topic now. @return whether it was one of
     * this server's own, which this server then keeps in the settings ({@link #store})
     */
    boolean committed(RoomEvent event) {
        text = event.text();
        setter = event.text().isEmpty() ? "" : event.name();
        for (Iterator<EventDraft> drafts = own.iterator(); drafts.hasNext();) {
            EventDraft draft = drafts.next();
            if (draft.name().equals(event.name()) && draft.text().equals(event.text())) {
                drafts.remove();
                return true;
            }
        }
        return false;
    }

    /**
     * Keeps the committed topic {@code event} in the room's settings, for the servers that open the room later; not
     * under the lobby's lock (a round trip to a shared log). A failure is logged: the live rooms have the event.
     */
    static void store(RoomStream stream, RoomEvent event, Logger logger) {
        boolean cleared = event.text().isEmpty();
        try {
            stream.setting(TOPIC, cleared ? null : event.text());
            stream.setting(TOPIC_SETTER, cleared ? null : event.name());
        } catch (RoomLogException e) {
            logger.warn("the topic of {} (event {}) reached every member but could not be kept in its settings: {}",
                    event.room(), event.seq(), e.getMessage());
        }
    }
}
