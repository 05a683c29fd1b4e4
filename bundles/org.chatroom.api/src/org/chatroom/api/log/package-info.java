/**
 * The room log: every event of every room, in one order per room, kept by a backend chosen like a transport (the
 * {@value org.chatroom.api.log.RoomLog#TYPE} service property and a target filter in the room's configuration). The
 * room appends events and delivers them to its members only once the log reports them committed, so that a member
 * never receives an event the log could lose.
 */
@org.osgi.annotation.versioning.Version("1.4.0")
package org.chatroom.api.log;
