/**
 * What the IRC listener and the IRC client share of the IRC wire format. 1.1: the characters nicks cannot hold
 * ({@link NickCharacters}), which the names' folding shares.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.chatroom.protocol.irc;
