/**
 * The room password's salted slow hash, in the form the room's configuration key {@code .password} accepts.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chatroom.room.password;
