package org.chatroom.log.redis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chatroom.api.log.ClusterPresence;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Members across nodes on a real redis-server: names unique in the cluster, shared member lists, dead nodes. */
class RedisPresenceTest {

    private static final Map<String, Object> FAST = Map.of("heartbeat.millis", 100, "node.expiry.millis", 800);

    @RegisterExtension
    static final SharedRedis redis = new SharedRedis();

    @Test
    void namesAreUniqueInTheClusterAndMemberListsAgree() throws Exception {
        ClusterPresence a = redis.nodes().start("a", FAST).presence();
        ClusterPresence b = redis.nodes().start("b", FAST).presence();
        assertTrue(a.claim("ada"));
        assertTrue(a.claim("ada"), "a node may claim its own name again");
        assertFalse(b.claim("ada"));
        assertTrue(b.claim("bob"));
        a.entered("lobby", "ada");
        b.entered("lobby", "bob");
        b.entered("games", "bob");
        assertEquals(Set.of("ada", "bob"), a.members("lobby"));
        assertEquals(a.members("lobby"), b.members("lobby"));
        assertEquals(Set.of("bob"), a.members("games"));
        b.left("lobby", "bob");
        assertEquals(Set.of("ada"), b.members("lobby"));
        a.left("games", "bob");
        assertEquals(Set.of("bob"), a.members("games"), "a node cannot remove another node's member");
        b.release("bob");
        assertTrue(a.claim("bob"));
    }

    @Test
    void theMembersOfANodeThatStoppedAreRemovedAndTheRoomsSaySo() throws Exception {
        Nodes.Node ghost = redis.nodes().start("ghost", FAST);
        Nodes.Node survivor = redis.nodes().start("survivor", FAST);
        Recorder heard = new Recorder();
        survivor.log().open("lobby", heard);
        assertTrue(ghost.presence().claim("carol"));
        ghost.presence().entered("lobby", "carol");
        survivor.presence().claim("dave");
        survivor.presence().entered("lobby", "dave");
        assertEquals(Set.of("carol", "dave"), survivor.presence().members("lobby"));
        assertFalse(survivor.presence().claim("carol"));

        redis.nodes().stop(ghost); // its heartbeat stops; no goodbye
        List<RoomEvent> events = heard.await(1, 10);
        assertEquals(EventKind.LEAVE, events.get(0).kind());
        assertEquals("carol", events.get(0).name());
        assertEquals(Set.of("dave"), survivor.presence().members("lobby"));
        assertTrue(survivor.presence().claim("carol"), "the name is free again");
        assertEquals(1, heard.events().size(), "one leave, announced once");
    }
}
