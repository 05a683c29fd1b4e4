/**
 * The Chatroom wire protocol (PROTOCOL.md in this bundle): the original texts byte for byte, the hello that negotiates
 * the extended protocol {@code chatroom/1}, its client and server lines, the multi-room version {@code chatroom/2} (since 1.2), name and room rules, strict UTF-8 and timestamps.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.chatroom.protocol;
