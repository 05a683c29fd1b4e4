/** The room: hosting chat rooms in this process. */
@org.osgi.annotation.versioning.Version("1.8.0")
package org.chatroom.api.room;
