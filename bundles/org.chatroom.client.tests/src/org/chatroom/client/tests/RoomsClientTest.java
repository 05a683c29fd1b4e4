package org.chatroom.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.api.client.RoomListing;
import org.chatroom.api.log.EventKind;
import org.chatroom.protocol.RoomLine;
import org.chatroom.testing.HostedRoom;
import org.chatroom.testing.OriginalClient;
import org.chatroom.testing.RawRoomClient;
import org.chatroom.testing.TypesWhenConnected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Our client with {@code chatroom/2} in our rooms: the default room, /join, /room, and resume after a restart. */
@Timeout(120)
class RoomsClientTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    // The room log (memory, from DS) outlives the room service between tests: the default room's history holds what
    // earlier tests said there, so texts here are unique.

    /** A room name no earlier test used (the room log outlives a test). */
    private static String fresh(String prefix) {
        return prefix + System.nanoTime() % 1_000_000;
    }

    /** The rooms' password refusals the client told its listener, in order. */
    private static List<String> refusals(ClientFixture fixture) {
        return fixture.listener.timeline().stream().filter(t -> t.startsWith("room password")).toList();
    }

    /** The sequence numbers of {@code room}'s events the user was shown (history or live), in order. */
    private static List<Long> seqs(ClientFixture fixture, String room) {
        List<Long> seqs = new ArrayList<>();
        for (ChatEvent event : fixture.listener.events()) {
            if (event.room().equals(room) && event.seq() > 0) {
                seqs.add(event.seq());
            }
        }
        return seqs;
    }

    private static void assertEachOnceInOrder(List<Long> seqs) {
        for (int i = 1; i < seqs.size(); i++) {
            assertEquals(seqs.get(i - 1) + 1, seqs.get(i), "no gap, no duplicate, in order: " + seqs);
        }
    }

    @Test
    void roomsCommandsAndResumeAfterAServerRestart() throws Exception {
        try (HostedRoom room = new HostedRoom();
                ClientFixture fixture = new ClientFixture();
                OriginalClient bob = OriginalClient.start("127.0.0.1", room.port)) {
            Chunks bobSees = OwnRoomTest.joinOriginal(bob, "bob");
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "alice", true, ProtocolMode.ROOMS,
                    Duration.ofSeconds(5)));
            fixture.listener.awaitEvent(e -> e.kind() == Kind.NOTICE && e.text().contains("Joined the room general"),
                    WAIT);
            // the welcome admitted the name, the join of general followed: one notice each, not "Joined the room as"
            // and then "Joined the room general" (seen in the desktop's first tab)
            assertTrue(fixture.listener.events().stream().anyMatch(e -> e.kind() == Kind.NOTICE
                    && e.text().equals("Connected as alice.")), fixture.listener.events().toString());
            assertEquals("general", fixture.client.room());
            fixture.listener.awaitMembers(List.of("bob", "alice"), WAIT);
            bobSees.await("alice joined the chat", WAIT);
            assertTrue(fixture.client.send("hello bob, with rooms"));
            bobSees.await("alice: hello bob, with rooms", WAIT);
            ChatEvent own = fixture.listener.awaitEvent(e -> e.kind() == Kind.MESSAGE
                    && e.text().equals("hello bob, with rooms"), WAIT);
            assertEquals("general", own.room());
            assertTrue(own.seq() > 0 && !own.history());

            room.host.createRoom("ops");
            assertTrue(fixture.client.send("/join ops"));
            fixture.listener.awaitEvent(e -> e.text().contains("Joined the room ops"), WAIT);
            assertEquals(List.of("general", "ops"), fixture.client.rooms());
            assertEquals("ops", fixture.client.room(), "typing goes to the room the user joined");
            assertTrue(fixture.client.room("general"));
            assertTrue(fixture.client.room("ops"));
            assertTrue(fixture.client.send("said in ops"));
            ChatEvent inOps = fixture.listener.awaitEvent(e -> e.kind() == Kind.MESSAGE
                    && e.text().equals("said in ops"), WAIT);
            assertEquals("ops", inOps.room());

            room.host.stop("restart");
            // why, in the room's words: it read "Connection lost: closed by peer"
            fixture.listener.awaitStateWith(ConnectionState.RECONNECTING,
                    detail -> detail.startsWith("The room stopped. Reconnecting in "), WAIT); // its notice said why
            room.host.start();
            room.host.topic("ops", "said while alice was away");
            fixture.listener.awaitEvent(e -> e.text().contains("Back in ops"), WAIT);
            fixture.listener.awaitEvent(e -> e.text().contains("Back in general"), WAIT);
            ChatEvent missed = fixture.listener.awaitEvent(e -> e.kind() == Kind.TOPIC && e.room().equals("ops")
                    && e.seq() > 0 && e.text().equals("said while alice was away"), WAIT);
            assertTrue(missed.seq() > inOps.seq());
            assertEquals(List.of("general", "ops"), fixture.client.rooms());
            assertEquals("ops", fixture.client.room(), "still typing into ops");
            assertTrue(fixture.client.send("back in ops"));
            fixture.listener.awaitEvent(e -> e.kind() == Kind.MESSAGE && e.text().equals("back in ops")
                    && e.room().equals("ops"), WAIT);
            assertEachOnceInOrder(seqs(fixture, "ops"));
            assertEachOnceInOrder(seqs(fixture, "general"));

            assertTrue(fixture.client.send("/history 2"));
            fixture.listener.awaitEvent(e -> e.text().equals("No older events in ops."), WAIT);
            assertTrue(fixture.client.send("/search said"));
            fixture.listener.awaitEvent(e -> e.text().contains("result") && e.room().equals("ops"), WAIT);

            assertTrue(fixture.client.send("/part ops"));
            fixture.listener.awaitEvent(e -> e.text().equals("You left the room ops."), WAIT); // no reason: no space
            assertEquals(List.of("general"), fixture.client.rooms());
            assertEquals("general", fixture.client.room(), "typing goes to a room the client is in");
        }
    }

    /**
     * The room list a caller asks for ({@code listRooms()}, the desktop's Join Room dialog) comes to the listeners with
     * each room's members and topic, not as events; a {@code /rooms} the user types between two such calls is still
     * shown as notices, and each answer goes to whoever asked for it.
     */
    /**
     * The client knows who is in each of its rooms, not only in the current one (a conversation asks whether its
     * member left the user's rooms or only one of them), and its lists are up to date when a leave is told.
     */
    @Test
    void theMembersOfEachRoomAreKnownNotOnlyOfTheCurrentOne() throws Exception {
        String ops = fresh("ops");
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "alice", true, ProtocolMode.ROOMS,
                    Duration.ofSeconds(5)));
            fixture.listener.awaitEvent(e -> e.text().contains("Joined the room general"), WAIT);
            assertTrue(fixture.client.send("/create " + ops));
            fixture.listener.awaitEvent(e -> e.text().equals("Joined the room " + ops + ". You created it."),
                    WAIT); // it said "Joined the room", as for any room
            try (RawRoomClient bob = RawRoomClient.join(new InetSocketAddress("127.0.0.1", room.port), "bob")) {
                bob.send("JOIN " + ops); // what bob is sent is not read: alice's client is under test
                bob.send("JOIN general");
                fixture.listener.awaitEvent(e -> e.kind() == Kind.JOIN && e.room().equals("general")
                        && e.from().equals("bob") && !e.history(), WAIT); // the room's history may hold earlier bobs
                assertEquals(ops, fixture.client.room(), "typing goes to " + ops + ", general is not current");
                assertTrue(fixture.client.keepsRoomHistory(), "chatroom/2: the rooms' history to load and search");
                assertTrue(fixture.client.members("general").contains("bob"), fixture.client.members("general")
                        .toString());
                assertEquals(List.of("alice", "bob"), fixture.client.members(ops));
                bob.send("PART " + ops);
                fixture.listener.awaitEvent(e -> e.kind() == Kind.LEAVE && e.room().equals(ops), WAIT);
                assertEquals(List.of("alice"), fixture.client.members(ops), "told with the leave");
                assertTrue(fixture.client.members("general").contains("bob"), "still in general");
            }
            fixture.listener.awaitEvent(e -> e.kind() == Kind.LEAVE && e.room().equals("general")
                    && e.from().equals("bob") && !e.history(), WAIT);
            assertFalse(fixture.client.members("general").contains("bob"), fixture.client.members("general")
                    .toString());
            assertEquals(List.of(), fixture.client.members("nowhere"), "a room the client is not in");
            assertTrue(fixture.client.send("/part " + ops));
            fixture.listener.awaitEvent(e -> e.text().startsWith("You left the room " + ops), WAIT);
            assertEquals(List.of(), fixture.client.members(ops), "left: nobody is in it with the client");
        }
    }

    /**
     * Leaving the room typing goes to makes another one current, and the member list follows: it kept the room left's
     * members (the desktop showed them until someone came or went in the room shown), and those of the last room
     * once in none.
     */
    @Test
    void theMemberListFollowsTheRoomThatIsCurrentAfterALeave() throws Exception {
        String dev = fresh("dev");
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture();
                RawRoomClient bob = RawRoomClient.join(new InetSocketAddress("127.0.0.1", room.port), "bob")) {
            bob.send("JOIN general");
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "alice", true, ProtocolMode.ROOMS,
                    Duration.ofSeconds(5)));
            fixture.listener.awaitMemberSet(Set.of("alice", "bob"), WAIT);
            assertTrue(fixture.client.send("/create " + dev));
            fixture.listener.awaitMembers(List.of("alice"), WAIT);
            assertTrue(fixture.client.send("/part " + dev));
            fixture.listener.awaitEvent(e -> e.text().startsWith("You left the room " + dev), WAIT);
            assertEquals("general", fixture.client.room());
            fixture.listener.awaitMemberSet(Set.of("alice", "bob"), WAIT);
            assertTrue(fixture.client.send("/part general"));
            fixture.listener.awaitMembers(List.of(), WAIT);
            assertFalse(fixture.client.send("anyone here?"), "in no room a line is not taken: a UI keeps it");
            fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR && e.text().startsWith("You are in no room"), WAIT);
        }
    }

    /**
     * A member the host removed stays out: with reconnecting on (the desktop's default, the console's --reconnect) the
     * client came straight back after the host's kick. A room that stops (its notice, then the same words in BYE) is
     * still reconnected to ({@link #roomsCommandsAndResumeAfterAServerRestart}).
     */
    @Test
    void aMemberTheHostRemovedDoesNotReconnect() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "noisy", true, ProtocolMode.ROOMS,
                    Duration.ofSeconds(5)));
            fixture.listener.awaitEvent(e -> e.text().contains("Joined the room general"), WAIT);
            assertTrue(room.host.kick("noisy", "go away"));
            String detail = fixture.listener.awaitState(ConnectionState.DISCONNECTED, WAIT);
            assertEquals("You were removed by the host: go away. Not reconnecting: connect again to return.", detail);
            // told instead of a retry (a client that retries says RECONNECTING, never DISCONNECTED)
            assertFalse(fixture.listener.states().contains(ConnectionState.RECONNECTING),
                    fixture.listener.states().toString());
            assertFalse(room.host.status().members().contains("noisy"), "not back: " + room.host.status().members());
        }
    }

    /** The texts of the next {@code count} topic events {@code member} is sent (bounded: its socket's timeout). */
    private static List<String> topicsSeen(RawRoomClient member, int count) throws Exception {
        List<String> topics = new ArrayList<>();
        while (topics.size() < count) {
            if (member.next() instanceof RoomLine.Event event && event.kind() == EventKind.TOPIC) {
                topics.add(event.text());
            }
        }
        return topics;
    }

    /**
     * A bare {@code /topic} says what the topic is and changes nothing: it cleared the room's topic for everyone (found
     * by an IRC user watching a console user type it). {@code /topic -delete} removes it, as in irssi.
     */
    @Test
    void aBareTopicShowsTheTopicAndOnlyTopicDeleteRemovesIt() throws Exception {
        String lab = fresh("lab");
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture();
                RawRoomClient bob = RawRoomClient.join(new InetSocketAddress("127.0.0.1", room.port), "bob")) {
            bob.send("CREATE " + lab);
            bob.joined();
            bob.send("TOPIC " + lab + " experiments here");
            assertEquals(List.of("experiments here"), topicsSeen(bob, 1));
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "alice", true, ProtocolMode.ROOMS,
                    Duration.ofSeconds(5)));
            fixture.listener.awaitEvent(e -> e.text().contains("Joined the room general"), WAIT);
            assertTrue(fixture.client.send("/join " + lab));
            fixture.listener.awaitEvent(e -> e.kind() == Kind.TOPIC && e.room().equals(lab) && e.seq() == 0, WAIT);
            assertTrue(fixture.client.send("/topic")); // the topic the room told on joining (it follows the join)
            fixture.listener.awaitEvent(e -> e.kind() == Kind.NOTICE && e.text().equals("Topic of " + lab
                    + ": experiments here (set by bob). /topic TEXT changes it, /topic -delete removes it."), WAIT);

            assertTrue(fixture.client.send("/topic results on friday"));
            fixture.listener.awaitEvent(e -> e.kind() == Kind.TOPIC && e.text().equals("results on friday"), WAIT);
            assertTrue(fixture.client.send("/topic")); // the topic set since
            fixture.listener.awaitEvent(e -> e.kind() == Kind.NOTICE && e.text().startsWith("Topic of " + lab
                    + ": results on friday (set by alice)."), WAIT);
            assertTrue(fixture.client.send("/topic -delete"));
            fixture.listener.awaitEvent(e -> e.kind() == Kind.TOPIC && e.text().isEmpty() && !e.history(), WAIT);
            assertTrue(fixture.client.send("/topic"));
            fixture.listener.awaitEvent(e -> e.kind() == Kind.NOTICE
                    && e.text().equals(lab + " has no topic: /topic TEXT sets one."), WAIT);

            // what another member saw: the topic set, then removed, and nothing between them
            List<String> topics = topicsSeen(bob, 2);
            assertEquals(List.of("results on friday", ""), topics, "the bare /topic changed nothing");
        }
    }

    @Test
    void theRoomListGoesToWhoAskedForIt() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "lister", true, ProtocolMode.ROOMS,
                    Duration.ofSeconds(5)));
            fixture.listener.awaitEvent(e -> e.text().contains("Joined the room general"), WAIT);
            room.host.createRoom("plans");
            assertTrue(room.host.topic("plans", "the roadmap"));
            while (room.host.rooms().stream().noneMatch(r -> r.topic().equals("the roadmap"))) {
                Thread.sleep(20); // the topic is the room's once its event is committed (bounded by @Timeout)
            }

            assertTrue(fixture.client.listRooms());
            assertTrue(fixture.client.send("/rooms"));
            assertTrue(fixture.client.listRooms());
            List<RoomListing> first = fixture.listener.awaitRoomList(1, WAIT);
            // the default room first, with lister (its topic is what an earlier test left in the shared log)
            assertEquals(List.of("general", 1), List.of(first.get(0).name(), first.get(0).members()), first.toString());
            assertTrue(first.contains(new RoomListing("plans", 0, "the roadmap")), first.toString());
            assertEquals(first, fixture.listener.awaitRoomList(2, WAIT), "the second call's answer, the same");
            ChatEvent listed = fixture.listener.awaitEvent(e -> e.kind() == Kind.NOTICE
                    && e.text().startsWith("Room plans"), WAIT);
            assertTrue(listed.text().contains("the roadmap"), listed.text());
            fixture.listener.awaitEvent(e -> e.text().endsWith("/join ROOM joins one."), WAIT);
            assertEquals(1, fixture.listener.events().stream().filter(e -> e.text().startsWith("Room plans")).count(),
                    "the typed /rooms shows the list once; the calls' lists are not shown");
        }
    }

    /**
     * A line typed the moment the client says it is connected, as a user does when the status line changes: the
     * default room is joined a round trip or two after that (the room list, then the join), and such a line had no
     * room: it was answered "You are in no room" and lost, although the input field was cleared. It now waits for the
     * room and goes there.
     */
    @Test
    void aLineTypedTheMomentTheClientIsConnectedReachesTheDefaultRoom() throws Exception {
        try (HostedRoom room = new HostedRoom();
                ClientFixture fixture = new ClientFixture();
                OriginalClient bob = OriginalClient.start("127.0.0.1", room.port)) {
            Chunks bobSees = OwnRoomTest.joinOriginal(bob, "bob");
            BundleContext context = FrameworkUtil.getBundle(RoomsClientTest.class).getBundleContext();
            try (TypesWhenConnected eager = new TypesWhenConnected(context, fixture.client, "typed at once")) {
                fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "eager", true,
                        ProtocolMode.ROOMS, Duration.ofSeconds(5)));
                bobSees.await("eager: typed at once", WAIT);
                assertTrue(eager.accepted(), "the client took the line");
                assertFalse(fixture.listener.events().stream().anyMatch(e -> e.kind() == Kind.ERROR),
                        "no error for it: " + fixture.listener.events());
            }
        }
    }

    /**
     * Taken out of a room by the host, the client says so, with the room's reason: it said "You left the room
     * general. kicked by host: spamming", as if the user had left, with a fragment after the full stop.
     */
    @Test
    void aKickFromARoomIsToldAsTheRoomsDoingWithItsReason() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "kicked", true, ProtocolMode.ROOMS,
                    Duration.ofSeconds(5)));
            fixture.listener.awaitMembers(List.of("kicked"), WAIT);
            assertTrue(room.host.kick("general", "kicked", "spamming"));
            fixture.listener.awaitEvent(e -> e.kind() == Kind.NOTICE
                    && e.text().equals("You are out of the room general (kicked by host: spamming)."), WAIT);
            assertFalse(fixture.listener.events().stream().anyMatch(e -> e.text().startsWith("You left")),
                    fixture.listener.events().toString());
        }
    }

    /**
     * A line held for the first room is told as not sent when the room refuses the client instead (it waited
     * silently before; this fails without that fix whenever the line is typed before the refusal arrives).
     */
    @Test
    void aLineHeldForARoomThatRefusesTheClientIsToldAsNotSent() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture()) {
            assertTrue(room.host.ban("general", "shunned", "not here"), "banned from the default room");
            BundleContext context = FrameworkUtil.getBundle(RoomsClientTest.class).getBundleContext();
            try (TypesWhenConnected eager = new TypesWhenConnected(context, fixture.client, "lost words?")) {
                fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "shunned", true,
                        ProtocolMode.ROOMS, Duration.ofSeconds(5)));
                // typed while the join was pending (the usual order) the line is held, then told as not sent; typed
                // after the refusal (its notice may overtake the CONNECTED one) the usual "no room" error says it
                String held = "Not sent, as no room was joined: lost words?";
                ChatEvent told = fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR && (e.text().equals(held)
                        || e.text().startsWith("You are in no room")), WAIT);
                if (told.text().equals(held)) {
                    assertTrue(eager.accepted(), "the client had taken the line: " + told.text());
                } else { // typed after the refusal: in no room, the line is given back, not taken
                    assertFalse(eager.accepted(), "the client gave the line back: " + told.text());
                }
                assertFalse(fixture.listener.events().stream().anyMatch(e -> e.kind() == Kind.MESSAGE),
                        "the line went nowhere: " + fixture.listener.events());
            } finally {
                room.host.unban("general", "shunned"); // bans outlive the hosted room in the run's data folder
            }
        }
    }

    /**
     * Settings naming rooms (the desktop's rooms of the last time on that server): the client joins those, in order,
     * the first being where typed text goes, not the default room; one that is gone is told, the others joined.
     */
    @Test
    void theRoomsTheSettingsNameAreJoinedInsteadOfTheDefaultRoom() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture()) {
            room.host.createRoom("kept1");
            room.host.createRoom("kept2");
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "keeper", true, ProtocolMode.ROOMS,
                    Duration.ofSeconds(5), false, "", List.of("kept2", "vanished", "kept1"), ""));
            fixture.listener.awaitEvent(e -> e.text().contains("Joined the room kept1"), WAIT);
            fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR && e.text().contains("vanished"), WAIT);
            assertEquals(List.of("kept2", "kept1"), fixture.client.rooms(), "in the order asked, without the default");
            assertEquals("kept2", fixture.client.room(), "typed text goes to the first");
            assertTrue(fixture.client.send("/join general"));
            fixture.listener.awaitEvent(e -> e.text().contains("Joined the room general"), WAIT);
            assertEquals(List.of("kept2", "kept1", "general"), fixture.client.rooms());
        }
    }

    /** When none of the rooms the settings name can be joined, the client joins the default room as it would. */
    @Test
    void whenNoneOfTheRoomsTheSettingsNameIsThereTheDefaultRoomIsJoined() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture()) {
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "latecomer", true, ProtocolMode.ROOMS,
                    Duration.ofSeconds(5), false, "", List.of("closed1", "closed2"), ""));
            fixture.listener.awaitEvent(e -> e.text().contains("Joined the room general"), WAIT);
            assertEquals(2, fixture.listener.events().stream().filter(e -> e.kind() == Kind.ERROR).count(),
                    "each room that is gone is told: " + fixture.listener.events());
            assertEquals(List.of("general"), fixture.client.rooms());
            assertEquals("general", fixture.client.room());
        }
    }

    /**
     * Connecting again at once (new settings of the same room, as the desktop does when one changes) keeps the name:
     * the room had not read the previous connection's quit when the new one asked for the name, and the client took
     * the next one (renamer_2).
     */
    @Test
    void connectingAgainAtOnceKeepsTheName() throws Exception {
        try (HostedRoom room = new HostedRoom();
                ClientFixture fixture = new ClientFixture();
                OriginalClient bob = OriginalClient.start("127.0.0.1", room.port)) {
            OwnRoomTest.joinOriginal(bob, "bob"); // someone to tell of each leave, as in a room in use
            ClientSettings settings = new ClientSettings("127.0.0.1", room.port, "renamer", true, ProtocolMode.ROOMS,
                    Duration.ofSeconds(5));
            for (int i = 1; i <= 5; i++) {
                fixture.client.connect(settings);
                int joins = i;
                fixture.listener.awaitCount(e -> e.kind() == Kind.NOTICE && e.text().equals("Connected as renamer."),
                        joins, WAIT);
            }
            assertFalse(fixture.listener.events().stream().anyMatch(e -> e.text().contains("renamer_")),
                    "the same name each time: " + fixture.listener.timeline());
        }
    }

    /**
     * Connecting again to the server of the last connection (Disconnect, then Connect) resumes its rooms as after a
     * drop: what was said meanwhile comes once, in order, and typing goes where it went; another server starts from
     * the settings' rooms.
     */
    @Test
    void connectingAgainToTheSameServerResumesItsRooms() throws Exception {
        try (ClientFixture fixture = new ClientFixture()) {
            try (HostedRoom room = new HostedRoom(); OriginalClient bob = OriginalClient.start("127.0.0.1", room.port)) {
                Chunks bobSees = OwnRoomTest.joinOriginal(bob, "bob");
                ClientSettings settings = new ClientSettings("127.0.0.1", room.port, "returner", true,
                        ProtocolMode.ROOMS, Duration.ofSeconds(5));
                String ops = saidInARoomOfItsOwn(fixture, settings, "said before");

                fixture.client.disconnect();
                bobSees.await("returner left the chat", WAIT);
                String missed = "said while returner was away " + fresh("");
                bob.send(missed);
                bobSees.await("bob: " + missed, WAIT);
                fixture.client.connect(settings);
                fixture.listener.awaitEvent(e -> e.text().contains("Back in general"), WAIT);
                fixture.listener.awaitEvent(e -> e.text().contains("Back in " + ops), WAIT);
                assertEquals(1, fixture.listener.events().stream().filter(e -> e.text().equals(missed)
                        && e.room().equals("general")).count(), fixture.listener.timeline().toString());
                assertEquals(List.of("general", ops), fixture.client.rooms(), "both again, in their order");
                assertEquals(ops, fixture.client.room(), "typing goes where it went");
                assertEachOnceInOrder(seqs(fixture, "general"));
                assertEachOnceInOrder(seqs(fixture, ops));
            }
            try (HostedRoom other = new HostedRoom()) { // another port: another server
                fixture.client.connect(new ClientSettings("127.0.0.1", other.port, "returner", true,
                        ProtocolMode.ROOMS, Duration.ofSeconds(5)));
                fixture.listener.awaitCount(e -> e.text().contains("Joined the room general"), 2, WAIT);
                assertEquals(List.of("general"), fixture.client.rooms(), "the default room only");
            }
        }
    }

    /**
     * A room closed and created again while the client was away, which by its return had more events than the client
     * had seen of the old one, is joined anew, the user told first: the client resumed it from its last event and
     * showed the new room's events after that number as if they followed the old ones (its first line never shown).
     */
    @Test
    void aRoomCreatedAgainWithMoreEventsWhileAwayIsJoinedAnew() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture()) {
            ClientSettings settings = new ClientSettings("127.0.0.1", room.port, "returner", true, ProtocolMode.ROOMS,
                    Duration.ofSeconds(5));
            String ops = saidInARoomOfItsOwn(fixture, settings, "old line");
            fixture.client.disconnect();

            assertTrue(room.host.closeRoom(ops, "done"));
            room.host.createRoom(ops);
            try (RawRoomClient bob = RawRoomClient.join(new InetSocketAddress("127.0.0.1", room.port), "bob")) {
                bob.joinRoom("JOIN " + ops);
                for (int i = 1; i <= 5; i++) {
                    bob.send("MSG " + ops + " new line " + i);
                }
                while (!"new line 5".equals(bob.event(RoomLine.Mark.EVENT).text())) {
                    // bob's own lines; bounded by the raw client's read timeout
                }
                fixture.client.connect(settings);
                fixture.listener.awaitEvent(e -> e.text().equals("new line 5") && e.room().equals(ops), WAIT);
                List<String> shown = fixture.listener.events().stream().filter(e -> e.room().equals(ops))
                        .map(e -> e.seq() == ChatEvent.RENUMBERED ? "(another room)" : e.text()).toList();
                assertEquals(List.of("old line", "(another room)", "new line 1", "new line 2", "new line 3",
                        "new line 4", "new line 5"), shown.stream().filter(t -> t.contains("line")
                                || t.equals("(another room)")).toList(), shown.toString());
                assertEquals(List.of("general", ops), fixture.client.rooms());
            }
        }
    }

    /**
     * Connects with {@code settings}, creates a room of a fresh name and says {@code line} there.
     *
     * @return the room
     */
    private static String saidInARoomOfItsOwn(ClientFixture fixture, ClientSettings settings, String line)
            throws Exception {
        fixture.client.connect(settings);
        fixture.listener.awaitEvent(e -> e.text().contains("Joined the room general"), WAIT);
        String ops = fresh("ops");
        assertTrue(fixture.client.send("/create " + ops));
        fixture.listener.awaitEvent(e -> e.text().contains("Joined the room " + ops), WAIT);
        assertTrue(fixture.client.send(line));
        fixture.listener.awaitEvent(e -> e.kind() == Kind.MESSAGE && e.text().equals(line), WAIT);
        return ops;
    }

    /** Connects as vaulter with reconnects, joins the default room, then creates a room with password s3cret. */
    private static String inAPasswordRoom(HostedRoom room, ClientFixture fixture) throws Exception {
        fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "vaulter", true, ProtocolMode.ROOMS,
                Duration.ofSeconds(5)));
        fixture.listener.awaitEvent(e -> e.text().contains("Joined the room general"), WAIT);
        String vault = fresh("vault");
        assertTrue(fixture.client.send("/create " + vault + " s3cret"));
        fixture.listener.awaitEvent(e -> e.text().contains("Joined the room " + vault), WAIT);
        return vault;
    }

    /**
     * A room with a password is joined again after a drop with the password the user gave: the client resumed it with
     * none, the room refused it as a wrong password (counted against the address), and the user was out of the room.
     */
    @Test
    void aPasswordRoomIsResumedWithItsPassword() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture()) {
            String vault = inAPasswordRoom(room, fixture);

            room.host.stop("restart");
            // why, in the room's words: it read "Connection lost: closed by peer"
            fixture.listener.awaitStateWith(ConnectionState.RECONNECTING,
                    detail -> detail.startsWith("The room stopped. Reconnecting in "), WAIT); // its notice said why
            room.host.start();
            fixture.listener.awaitEvent(e -> e.text().contains("Back in " + vault), WAIT);
            assertTrue(refusals(fixture).isEmpty(),
                    "a rejoin by the client itself is no refusal to ask about: " + fixture.listener.timeline());
            assertEquals(List.of("general", vault), fixture.client.rooms());
            assertFalse(fixture.listener.events().stream().anyMatch(e -> e.kind() == Kind.ERROR),
                    "no refusal: " + fixture.listener.timeline());
        }
    }

    /**
     * A room whose password the host changed while the client was away refuses the client's resume: the client was
     * left thinking it was in the room (typing went there) and the UI was not told. Now the refusal is told as a wrong
     * password, the room is left, typing goes to a room the client is in, and the new password gets it back in, from
     * where it was (it joined afresh, and the room's recent events came a second time).
     */
    @Test
    void aRoomWhosePasswordChangedWhileAwayIsToldAndLeft() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture()) {
            String vault = inAPasswordRoom(room, fixture);
            assertEquals(vault, fixture.client.room());
            assertTrue(room.host.roomPassword(vault, "changed"));

            room.host.stop("restart");
            // why, in the room's words: it read "Connection lost: closed by peer"
            fixture.listener.awaitStateWith(ConnectionState.RECONNECTING,
                    detail -> detail.startsWith("The room stopped. Reconnecting in "), WAIT); // its notice said why
            room.host.start();
            fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR && e.text().contains("Wrong password"), WAIT);
            assertEquals(List.of("general"), fixture.client.rooms(), fixture.listener.timeline().toString());
            assertEquals("general", fixture.client.room(), "typing goes to a room the client is in");
            assertTrue(fixture.client.send("/join " + vault + " changed"));
            fixture.listener.awaitCount(e -> e.text().contains("Joined the room " + vault), 2, WAIT); // the 1st: create
            assertEquals(List.of("room password wrong " + vault), refusals(fixture),
                    "told before the join: " + fixture.listener.timeline());
            // the join resumed from the last event received before the drop: what came before it, not again
            assertEachOnceInOrder(seqs(fixture, vault));
        }
    }

    /** A room the user asked to join that wants a password is told to the UI (no password given, then a wrong one). */
    @Test
    void aRoomThatWantsAPasswordIsToldAsARoomPasswordRefusal() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture();
                RawRoomClient owner = RawRoomClient.join(new InetSocketAddress("127.0.0.1", room.port), "owner")) {
            String vault = fresh("locked");
            owner.joinRoom("CREATE " + vault + " s3cret");
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "guest", false, ProtocolMode.ROOMS,
                    Duration.ofSeconds(5)));
            fixture.listener.awaitEvent(e -> e.text().contains("Joined the room general"), WAIT);
            assertTrue(fixture.client.send("/join " + vault));
            fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR && e.text().contains("needs a password"), WAIT);
            assertTrue(fixture.client.send("/join " + vault + " guess"));
            fixture.listener.awaitEvent(e -> e.kind() == Kind.ERROR && e.text().contains("Wrong password"), WAIT);
            assertTrue(fixture.client.send("/join " + vault + " s3cret"));
            fixture.listener.awaitEvent(e -> e.text().contains("Joined the room " + vault), WAIT);
            assertEquals(List.of("room password needed " + vault, "room password wrong " + vault),
                    refusals(fixture));
        }
    }

    /** A room the settings name that wants a password is told as well, so that a UI may ask for it. */
    @Test
    void aRoomTheSettingsNameThatWantsAPasswordIsToldAsARefusal() throws Exception {
        try (HostedRoom room = new HostedRoom(); ClientFixture fixture = new ClientFixture();
                RawRoomClient owner = RawRoomClient.join(new InetSocketAddress("127.0.0.1", room.port), "holder")) {
            String vault = fresh("kept");
            owner.joinRoom("CREATE " + vault + " s3cret");
            fixture.client.connect(new ClientSettings("127.0.0.1", room.port, "returner", false, ProtocolMode.ROOMS,
                    Duration.ofSeconds(5), false, "", List.of(vault), ""));
            fixture.listener.awaitEvent(e -> e.text().contains("Joined the room general"), WAIT); // none joined
            assertEquals(List.of("room password needed " + vault),
                    refusals(fixture));
        }
    }
}
