/**
 * The room log: every event of every room, in one order per room, kept by a backend chosen like a transport (the
 * {@value org.chatroom.api.log.RoomLog#TYPE} service property and a target filter in the room's configuration). The
 * room appends events and delivers them to its members only once the log reports them committed, so that a member
 * never receives an event the log could lose. 1.3: a leave names who removed the member ({@link RoomEvent#by()}), and
 * a cluster seeds its server-wide bans once ({@link ClusterPresence#seedBans}). 1.4: settings kept as of one event
 * ({@link RoomStream#settingsAt}), so that the stored topic follows the log's order. 1.6: notices
 * ({@link EventKind#NOTICE}).
 */
@org.osgi.annotation.versioning.Version("1.6.0")
package org.chatroom.api.log;
