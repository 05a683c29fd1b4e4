/** The client side: connecting to a room and hearing what happens there. */
@org.osgi.annotation.versioning.Version("1.17.0")
package org.chatroom.api.client;
