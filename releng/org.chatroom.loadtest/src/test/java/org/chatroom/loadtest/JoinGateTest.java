package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JoinGateTest {

    @Test
    void unlimitedLetsEveryoneConnectAtOnce() {
        JoinGate gate = new JoinGate(0, 0, false);
        for (int i = 0; i < 1000; i++) {
            assertTrue(gate.tryStart(i));
        }
    }

    @Test
    void concurrencyLimitsHandshakesInProgress() {
        JoinGate gate = new JoinGate(2, 0, false);
        assertTrue(gate.tryStart(0));
        assertTrue(gate.tryStart(0));
        assertFalse(gate.tryStart(0));
        gate.joined(0, 1);
        assertTrue(gate.tryStart(1));
        assertFalse(gate.tryStart(1));
        gate.failed(2);
        assertTrue(gate.tryStart(2));
    }

    @Test
    void pauseDelaysTheNextConnect() {
        JoinGate gate = new JoinGate(1, 1_000, false);
        assertTrue(gate.tryStart(0));
        gate.joined(0, 10_000);
        assertFalse(gate.tryStart(10_500));
        assertFalse(gate.settled(10_500), "sending waits for the pause after the last join too");
        assertTrue(gate.settled(11_000));
        assertTrue(gate.tryStart(11_000));
    }

    @Test
    void confirmedJoinsWaitForThePreviousMemberToSeeTheNotice() {
        JoinGate gate = new JoinGate(0, 0, true);
        assertTrue(gate.tryStart(0));
        assertFalse(gate.tryStart(0), "one join at a time");
        gate.joined(7, 1);
        assertEquals(-1, gate.confirmer(), "the first member needs no confirmation");
        assertTrue(gate.tryStart(2));
        gate.joined(3, 3);
        assertEquals(7, gate.confirmer(), "the previous member confirms");
        assertEquals("u3 joined the chat", gate.notice());
        assertFalse(gate.tryStart(4));
        gate.confirmed(5, 5);
        assertFalse(gate.tryStart(6), "only the awaited member confirms");
        gate.confirmed(7, 7);
        assertTrue(gate.tryStart(8));
        gate.joined(4, 9);
        assertEquals(3, gate.confirmer());
        gate.expire(10);
        assertFalse(gate.tryStart(11), "not overdue yet");
        gate.expire(9 + 600_000_000L);
        assertTrue(gate.tryStart(9 + 600_000_001L), "an overdue confirmation is given up");
        assertTrue(gate.settled(9 + 600_000_001L));
    }

    @Test
    void withSeveralRoomsThePreviousMemberOfTheSameRoomConfirms() {
        JoinGate gate = new JoinGate(0, 0, true, Protocol.IRC, new Rooms(2, "#room")::of);
        assertTrue(gate.tryStart(0));
        gate.joined(0, 1);
        assertTrue(gate.tryStart(2));
        gate.joined(1, 3);
        assertEquals(-1, gate.confirmer(), "the first member of room 1 needs no confirmation");
        assertTrue(gate.tryStart(4));
        gate.joined(2, 5);
        assertEquals(0, gate.confirmer(), "u0, not u1 of the other room, sees u2 join room 0");
        assertEquals(":u2!", gate.notice());
        gate.confirmed(0, 6);
        assertTrue(gate.tryStart(7));
        gate.joined(3, 8);
        assertEquals(1, gate.confirmer());
    }
}
