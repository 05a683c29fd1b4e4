/**
 * The Chatroom wire protocol (PROTOCOL.md in this bundle): the original texts byte for byte, the hello that negotiates
 * the extended protocol {@code chatroom/1}, its client and server lines, the multi-room version {@code chatroom/2}
 * (since 1.2), name and room rules, strict UTF-8 and timestamps. 1.3: a room's identity in {@code JOINED} and in a resume, so
 * that a room of the same name that is another one is not resumed into ({@link ErrorCode#ROOM_REPLACED}).
 */
@org.osgi.annotation.versioning.Version("1.4.1")
package org.chatroom.protocol;
