package org.chatroom.cluster.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chatroom.cluster.tests.Member.Protocol;
import org.chatroom.testing.RawIrcClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * IRC clients of a node that shares its rooms: what they are told of the members of other nodes. Real node JVMs with
 * their IRC listeners on a real redis-server, as in {@link ClusterTest}; a raw IRC client.
 */
@Timeout(300)
class ClusterIrcTest {

    @TempDir
    Path folder;

    /**
     * A node records its member in Redis, then appends the member's join: an IRC client of another node that joins
     * the channel in between must not get the member both in its names reply and as a JOIN after it.
     */
    @Test
    void aMemberOfAnotherNodeJoiningWhileAnIrcClientJoinsIsAnnouncedToItOnce() throws Exception {
        try (Cluster cluster = Cluster.start(folder, 2);
                RawIrcClient ian = RawIrcClient.register(cluster.node(1).ircAddress(), "ian")) {
            cluster.recordMemberElsewhere(Member.ROOM, "bob"); // node 2 recorded bob, his join is not delivered yet
            ian.send("JOIN #" + Member.ROOM);
            List<String> seen = new ArrayList<>(ian.until(" 366 ian #" + Member.ROOM + " "));
            Member bob = cluster.join(2, "bob", Protocol.ROOMS);
            bob.send("MSG " + Member.ROOM + " hello");
            seen.addAll(ian.until(":bob!\\S* PRIVMSG #" + Member.ROOM + " :hello"));

            long named = seen.stream().filter(line -> line.contains(" 353 ") && List.of(line.substring(
                    line.lastIndexOf(':') + 1).split(" ")).contains("bob")).count();
            long joined = seen.stream().filter(line -> line.matches(":bob!\\S* JOIN #" + Member.ROOM + ".*")).count();
            assertEquals(1, named + joined, "bob announced once to ian: " + seen);
        }
    }
}
