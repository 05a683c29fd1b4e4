/** The room: hosting a chat room in this process. */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.chatroom.api.room;
