/** Transport contracts: how bytes reach a room, independent of sockets, TLS or anything else. */
@org.osgi.annotation.versioning.Version("2.2.0")
package org.chatroom.api.transport;
