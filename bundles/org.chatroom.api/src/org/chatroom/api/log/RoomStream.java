package org.chatroom.api.log;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One room's events in the log, open for the room service: it appends, and its listener hears what is committed.
 * Reads return events in ascending sequence order and are bounded by {@code max}; {@code max} must be positive.
 */
@ProviderType
public interface RoomStream extends AutoCloseable {

    /** The room's name. */
    String room();

    /**
     * Appends {@code draft} as the room's next event. Never blocks for long: the event is committed later (or at
     * once) and then given to the listener of {@link RoomLog#open}, in the order of the appends.
     *
     * @throws RoomLogException when the log cannot take it now (unavailable or overloaded): the event is not
     *                          logged and must not be delivered
     */
    void append(EventDraft draft) throws RoomLogException;

    /** The sequence number of the newest committed event, {@code 0} for a room without events. */
    long lastSequence();

    /** The sequence number of the oldest event still kept (retention), {@code lastSequence() + 1} when none is. */
    long firstSequence();

    /** Up to {@code max} committed events after {@code seq}, oldest first: what a member who saw {@code seq} missed. */
    List<RoomEvent> after(long seq, int max) throws RoomLogException;

    /** Up to {@code max} committed events just before {@code seq}, oldest first: a page of scroll-back. */
    List<RoomEvent> before(long seq, int max) throws RoomLogException;

    /**
     * Up to {@code max} kept messages and actions whose text matches {@code query} (words, all of which must occur),
     * newest first.
     */
    List<RoomEvent> search(String query, int max) throws RoomLogException;

    /** Sets how much history is kept; applies from now on (and at once to what is already stored). */
    void retention(Retention retention) throws RoomLogException;

    /** The room's stored settings (topic, password hash, options...: the room service's keys), never null. */
    Map<String, String> settings() throws RoomLogException;

    /** Stores one setting; {@code null} removes it. Durable when this returns. */
    void setting(String key, String value) throws RoomLogException;

    /**
     * Stores {@code settings} (a {@code null} or empty value removes one) as they stand after committed event
     * {@code seq}, and {@code seq} as the setting {@code marker}, unless {@code marker} already holds a later event:
     * when several servers write the settings an event implies (each server that commits it may), the newest event's
     * stay, in whatever order the writes arrive. Durable when this returns. The default reads, compares and writes one
     * setting at a time, which is enough for a log only one server writes; a shared log does it atomically.
     *
     * @return whether they were stored
     * @since 1.4
     */
    default boolean settingsAt(String marker, long seq, Map<String, String> settings) throws RoomLogException {
        String kept = settings().get(marker);
        if (kept != null && Long.parseLong(kept) >= seq) {
            return false;
        }
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String value = setting.getValue();
            setting(setting.getKey(), value == null || value.isEmpty() ? null : value);
        }
        setting(marker, Long.toString(seq));
        return true;
    }

    /** Deletes the room's events and settings for good (the room was closed); the stream is closed after. */
    void delete() throws RoomLogException;

    /** Stops giving events to the listener; appends are refused after it. */
    @Override
    void close();
}
