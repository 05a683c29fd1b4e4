package org.chatroom.room.internal;

import java.time.Instant;
import java.util.HashMap;
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
 * room's settings for the servers that open the room later: every server that commits a {@code TOPIC} event writes it
 * there, with the event's sequence number ({@value #TOPIC_SEQ}), and a write for an older event than the one kept is
 * left out ({@link RoomStream#settingsAt}), so the settings follow the log's order whichever server writes first, and
 * keep the topic when its setter's server stops before writing. Used under the lobby's lock, except {@link #store}.
 */
final class RoomTopic {

    static final String TOPIC = "topic";
    static final String TOPIC_SETTER = "topic.setter";
    static final String TOPIC_SEQ = "topic.seq";
    /** When the topic was set, in milliseconds since the epoch (absent for topics kept before it was). */
    static final String TOPIC_TIME = "topic.time";

    private String text = "";
    private String setter = "";
    private Instant time;

    /** Takes the topic the log's settings kept (when the room is opened). */
    void load(Map<String, String> settings) {
        text = settings.getOrDefault(TOPIC, "");
        setter = settings.getOrDefault(TOPIC_SETTER, "");
        time = text.isEmpty() ? null : parsedTime(settings.get(TOPIC_TIME));
    }

    String text() {
        return text;
    }

    String setter() {
        return setter;
    }

    /** When the topic was set; null for none, or for a topic kept before the time was. */
    Instant time() {
        return time;
    }

    /** The event that sets {@code topic}, to be appended; it changes the topic once committed. */
    static EventDraft draft(String by, String topic) {
        return new EventDraft(Instant.now(), EventKind.TOPIC, by, topic);
    }

    /** The committed {@code TOPIC} event {@code event} (of any server) is the topic now. */
    void committed(RoomEvent event) {
        text = event.text();
        setter = event.text().isEmpty() ? "" : event.name();
        time = event.text().isEmpty() ? null : event.time();
    }

    /**
     * Keeps the committed topic {@code event} in the room's settings unless a later one is kept, for the servers that
     * open the room later; not under the lobby's lock (a round trip to a shared log). A failure is logged: the live
     * rooms have the event, and the other servers write it too.
     */
    static void store(RoomStream stream, RoomEvent event, Logger logger) {
        boolean cleared = event.text().isEmpty();
        Map<String, String> topic = new HashMap<>();
        topic.put(TOPIC, cleared ? null : event.text());
        topic.put(TOPIC_SETTER, cleared ? null : event.name());
        topic.put(TOPIC_TIME, cleared ? null : Long.toString(event.time().toEpochMilli()));
        try {
            stream.settingsAt(TOPIC_SEQ, event.seq(), topic);
        } catch (RoomLogException e) {
            logger.warn("the topic of {} (event {}) reached every member but could not be kept in its settings: {}",
                    event.room(), event.seq(), e.getMessage());
        }
    }

    private static Instant parsedTime(String millis) {
        try {
            return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
