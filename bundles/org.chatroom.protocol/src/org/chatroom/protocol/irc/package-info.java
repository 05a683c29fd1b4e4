/**
 * What the IRC listener and the IRC client share of the IRC wire format. 1.1: the characters nicks cannot hold
 * ({@link NickCharacters}), which the names' folding shares. 1.2: {@link Formatting}, stripped by the client too.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.chatroom.protocol.irc;
