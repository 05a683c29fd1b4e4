/**
 * The member SPI: a protocol front end in another bundle (IRC, a bridge) opens a {@link MemberSession} for each of its
 * users through the {@link MemberService} the room registers while it runs, and hears the rooms through its
 * {@link MemberListener}. Its users are members like any other: same name rules and look-alike folding, bans,
 * passwords, flood control, limits, history and resume. 1.6: notices ({@code MemberSession.say} with
 * {@code EventKind.NOTICE}). 1.7: private notices ({@code MemberSession.privateNotice},
 * {@code MemberListener.privateNotice}).
 */
@org.osgi.annotation.versioning.Version("1.7.0")
package org.chatroom.room.member;
