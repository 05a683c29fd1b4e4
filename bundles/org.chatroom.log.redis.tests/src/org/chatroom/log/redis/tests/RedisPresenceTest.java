package org.chatroom.log.redis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.ClusterListener;
import org.chatroom.api.log.ClusterPresence;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.log.RoomEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ClientKillParams;

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
    void theMembersOfANodeCutOffFromRedisAreRemovedAndTheRoomsSaySo() throws Exception {
        Nodes.Node ghost = redis.nodes().start("ghost", withOwnUser("ghost"));
        Nodes.Node survivor = redis.nodes().start("survivor", FAST);
        Recorder heard = new Recorder();
        survivor.log().open("lobby", heard);
        enter(ghost, "carol");
        enter(survivor, "dave");
        assertEquals(Set.of("carol", "dave"), survivor.presence().members("lobby"));
        assertFalse(survivor.presence().claim("carol"));

        cutOff("ghost"); // its heartbeat fails; no goodbye
        List<RoomEvent> events = heard.await(1, 10);
        assertEquals(new Said(EventKind.LEAVE, "carol", "their server stopped answering"), Said.of(events.get(0)));
        assertEquals(Set.of("dave"), survivor.presence().members("lobby"));
        assertTrue(survivor.presence().claim("carol"), "the name is free again");
        assertEquals(1, heard.events().size(), "one leave, announced once");
    }

    @Test
    void aNodeBackFromBeingCutOffRegistersItsMembersAgainUnlessTheirNamesWereTaken() throws Exception {
        Nodes.Node ghost = redis.nodes().start("ghost", withOwnUser("ghost"));
        Nodes.Node survivor = redis.nodes().start("survivor", FAST);
        Recorder heard = new Recorder();
        survivor.log().open("lobby", heard);
        enter(ghost, "carol");
        enter(ghost, "erin");
        BlockingQueue<Set<String>> lost = new LinkedBlockingQueue<>();
        ghost.presence().watch(new ClusterListener() {
            @Override
            public void namesLost(Set<String> names) {
                lost.add(names);
            }
        });

        cutOff("ghost");
        heard.await(2, 10); // both reaped
        assertTrue(survivor.presence().claim("erin"), "taken by the survivor's member while the ghost is away");
        try (Jedis admin = redis.admin()) {
            admin.aclSetUser("ghost", "on");
        }
        List<RoomEvent> events = heard.await(3, 10);
        assertEquals(new Said(EventKind.JOIN, "carol", ""), Said.of(events.get(2)));
        assertEquals(Set.of("carol"), survivor.presence().members("lobby"));
        assertFalse(survivor.presence().claim("carol"), "carol is the ghost's again");
        assertTrue(survivor.presence().claim("erin"), "erin stays the survivor's");
        assertEquals(Set.of("erin"), lost.poll(10, TimeUnit.SECONDS), "the ghost's room is told erin was lost");
    }

    @Test
    void serverWideBansAreSharedAndEveryNodeHearsOfAChange() throws Exception {
        ClusterPresence a = redis.nodes().start("a", FAST).presence();
        ClusterPresence b = redis.nodes().start("b", FAST).presence();
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        b.watch(new ClusterListener() {
            @Override
            public void bansChanged() {
                heard.add("changed");
            }
        });
        a.ban("mallory");
        a.ban("10.0.0.0/8");
        a.ban("mallory");
        assertEquals(List.of("mallory", "10.0.0.0/8"), b.bans());
        assertEquals("changed", heard.poll(10, TimeUnit.SECONDS));
        heard.clear();
        b.unban("mallory");
        assertEquals(List.of("10.0.0.0/8"), a.bans());
        a.bansChanged(); // a room's bans changed
        assertEquals("changed", heard.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void aGracefulStopReleasesNamesAndMembersAtOnce() throws Exception {
        Map<String, Object> slowExpiry = Map.of("heartbeat.millis", 100, "node.expiry.millis", 60_000);
        Nodes.Node leaving = redis.nodes().start("leaving", slowExpiry);
        Nodes.Node staying = redis.nodes().start("staying", slowExpiry);
        Recorder heard = new Recorder();
        staying.log().open("lobby", heard);
        enter(leaving, "frank");

        redis.nodes().stop(leaving);
        List<RoomEvent> events = heard.await(1, 10); // far sooner than the 60 s expiry
        assertEquals(new Said(EventKind.LEAVE, "frank", "their server was stopped"), Said.of(events.get(0)));
        assertEquals(Set.of(), staying.presence().members("lobby"));
        assertTrue(staying.presence().claim("frank"));
    }

    /** {@code name} claimed on {@code node} and in its lobby. */
    private static void enter(Nodes.Node node, String name) throws Exception {
        assertTrue(node.presence().claim(name));
        node.presence().entered("lobby", name);
    }

    /** What an event says, without its number and time. */
    private record Said(EventKind kind, String name, String text) {
        static Said of(RoomEvent event) {
            return new Said(event.kind(), event.name(), event.text());
        }
    }

    /** {@link #FAST} for a node that connects as a Redis user of its own, which {@link #cutOff} can lock out. */
    private static Map<String, Object> withOwnUser(String user) throws Exception {
        Path password = redis.folder().resolve(user + "-password");
        Files.writeString(password, user + "-secret\n");
        try (Jedis admin = redis.admin()) {
            admin.aclSetUser(user, "reset", "on", ">" + user + "-secret", "~*", "&*", "+@all");
        }
        Map<String, Object> settings = new HashMap<>(FAST);
        settings.put("user", user);
        settings.put("password.file", password.toString());
        return settings;
    }

    /** The node connecting as {@code user} can no longer reach Redis: its user is disabled, its connections closed. */
    private static void cutOff(String user) {
        try (Jedis admin = redis.admin()) {
            admin.aclSetUser(user, "off");
            admin.clientKill(ClientKillParams.clientKillParams().user(user));
        }
    }
}
