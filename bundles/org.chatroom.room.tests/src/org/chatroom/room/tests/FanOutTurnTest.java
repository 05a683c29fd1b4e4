package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import org.chatroom.api.transport.ServerTransport;
import org.chatroom.log.memory.internal.MemoryRoomLog;
import org.chatroom.room.internal.RoomAccess;
import org.chatroom.room.internal.RoomPolicy;
import org.chatroom.testing.RawOriginalClient;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.Test;

/**
 * No member always gets the room's events last. A room sends an event to the members one transport thread serves in
 * one task on that thread; served always in the same order, the member at the end of it waited for all the others'
 * writes with every event (in the load tool's 2,000 x 10 runs the last tenth of the members by join order had a mean
 * latency a fifth above the first tenth's, where the senders are). Eight members on the real TCP transport; each
 * event is its own task (the next is sent once every member has the previous one).
 */
class FanOutTurnTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final int MEMBERS = 8;
    private static final int EVENTS = 24;

    @Test
    void theMemberServedLastChangesFromEventToEvent() throws Exception {
        SendOrderTransport transport = new SendOrderTransport(
                Services.get(ServerTransport.class, "(" + ServerTransport.TYPE + "=tcp)"));
        try (RoomFixture room = new RoomFixture(transport, RoomFixture.UNLIMITED, RoomPolicy.DEFAULT,
                RoomAccess.open(), new MemoryRoomLog(1000))) {
            assertTimeoutPreemptively(BOUND, () -> {
                List<RawOriginalClient> members = new ArrayList<>();
                for (int i = 0; i < MEMBERS; i++) {
                    members.add(room.original("m" + i));
                }
                Map<RawOriginalClient, StringBuilder> seen = new HashMap<>();
                for (int event = 0; event < EVENTS; event++) {
                    members.get(0).send(text(event));
                    for (RawOriginalClient member : members) {
                        awaitText(member, text(event), seen);
                    }
                }
                Map<Executor, Set<String>> last = new HashMap<>();
                Map<Executor, Set<String>> served = new HashMap<>();
                List<SendOrderTransport.Send> sends = transport.sends();
                for (int event = 0; event < EVENTS; event++) {
                    SendOrderTransport.byThread(sends, text(event)).forEach((thread, ids) -> {
                        last.computeIfAbsent(thread, t -> new HashSet<>()).add(ids.get(ids.size() - 1));
                        served.computeIfAbsent(thread, t -> new HashSet<>()).addAll(ids);
                    });
                }
                assertTrue(!served.isEmpty(), "the room sent the events from its transport's threads");
                served.forEach((thread, ids) -> assertTrue(ids.size() < 2 || last.get(thread).size() > 1,
                        "of the " + ids.size() + " members served by " + thread + ", " + last.get(thread)
                                + " got each of " + EVENTS + " events last"));
            });
        }
    }

    private static String text(int event) {
        return "turn " + event + ";";
    }

    /** Reads from {@code member} until {@code text} came, keeping what came after it for the next call. */
    private static void awaitText(RawOriginalClient member, String text, Map<RawOriginalClient, StringBuilder> seen)
            throws IOException {
        StringBuilder got = seen.computeIfAbsent(member, m -> new StringBuilder());
        InputStream in = member.input();
        byte[] buffer = new byte[4096];
        int at;
        while ((at = got.indexOf(text)) < 0) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new IOException("closed before " + text + " came; got " + got);
            }
            got.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        got.delete(0, at + text.length());
    }
}
