package org.chatroom.log.sqlite.internal.store;

import java.util.List;

/**
 * The tables. {@code events} holds every room's events under a row id that is also the row id of their words in the
 * full-text index {@code words} (FTS5, contentless: the text is kept once, in {@code events}); {@code rooms.last_seq}
 * keeps a room's numbering when retention deleted its events.
 */
final class Schema {

    /** Written to {@code PRAGMA user_version}; a file with a higher one is refused. 2: {@code events.removed_by}. */
    static final int VERSION = 2;

    static final List<String> CREATE = List.of(
            "CREATE TABLE IF NOT EXISTS rooms(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                    + " last_seq INTEGER NOT NULL DEFAULT 0, max_events INTEGER, max_age_ms INTEGER)",
            "CREATE TABLE IF NOT EXISTS events(id INTEGER PRIMARY KEY, room INTEGER NOT NULL, seq INTEGER NOT NULL,"
                    + " time_ns INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, text TEXT NOT NULL,"
                    + " removed_by TEXT NOT NULL DEFAULT '')",
            "CREATE UNIQUE INDEX IF NOT EXISTS events_by_room ON events(room, seq)",
            "CREATE TABLE IF NOT EXISTS settings(room INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
                    + " PRIMARY KEY(room, key)) WITHOUT ROWID",
            "CREATE VIRTUAL TABLE IF NOT EXISTS words USING fts5(text, content='', contentless_delete=1)");

    /** What turns a file of version 1 into version 2 (a leave's {@code RoomEvent.by}; empty for older events). */
    static final List<String> FROM_1 = List.of("ALTER TABLE events ADD COLUMN removed_by TEXT NOT NULL DEFAULT ''");

    static final String COLUMNS = "seq, time_ns, kind, name, text, removed_by";

    private Schema() {
    }
}
