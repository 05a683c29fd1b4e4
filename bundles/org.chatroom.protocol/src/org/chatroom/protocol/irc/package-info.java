/** What the IRC listener and the IRC client share of the IRC wire format. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chatroom.protocol.irc;
