/**
 * Test fixtures: the seed's original Python server and client, run as real processes on loopback, so tests
 * can check that our server and client stay byte-compatible with them; services of the running framework; the
 * check that the Metatype Service describes each configuration PID as its annotation declares it; a configuration
 * annotation with its defaults (1.2); {@link org.chatroom.testing.RawExtendedClient#readLine} for any raw
 * client of the extended protocols (1.3); a real redis-server, a configuration annotation with some values, and the
 * class path of bundles for a child JVM (1.4); a real InspIRCd and a raw IRC user (1.5); a raw client of the rooms protocol, {@link org.chatroom.testing.RawRoomClient} (1.6); a raw IRC client over any socket (TLS) and a real program driven by lines, {@link org.chatroom.testing.LineProcess} (1.7); Redis users a test can lock out, and {@code redis-cli} commands
 * ({@link org.chatroom.testing.RedisServer#user}, 1.8); commands a Redis user may not run
 * ({@link org.chatroom.testing.RedisServer#deny}, 1.9); every member list and a timeline of what a client told its
 * listener ({@link org.chatroom.testing.RecordingListener#timeline}), and waiting until the original server's threads
 * all wait for input ({@link org.chatroom.testing.OriginalServer#awaitIdle}, 1.12); a member list in any order
 * ({@link org.chatroom.testing.RecordingListener#awaitMemberSet}, 1.14); a server scripted line by line
 * ({@link org.chatroom.testing.ScriptedServer}) and waiting for an entry of the timeline
 * ({@link org.chatroom.testing.RecordingListener#awaitTimeline}, 1.16); an InspIRCd that greets each connection
 * ({@link org.chatroom.testing.InspircdServer#greeting}, 1.17).
 */
@org.osgi.annotation.versioning.Version("1.17.0")
package org.chatroom.testing;
