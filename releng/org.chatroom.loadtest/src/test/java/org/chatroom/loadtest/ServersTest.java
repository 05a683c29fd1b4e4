package org.chatroom.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

class ServersTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void clientsAreSpreadRoundRobin() {
        Servers servers = Servers.parse(LOOPBACK, "5000,5001,5002", false);
        assertEquals(5000, servers.address(0).getPort());
        assertEquals(5001, servers.address(1).getPort());
        assertEquals(5002, servers.address(2).getPort());
        assertEquals(5000, servers.address(3).getPort());
    }

    @Test
    void separateServersExpectOnlyTheirOwnSenders() {
        Servers servers = Servers.parse(LOOPBACK, "5000,5001", false);
        assertTrue(servers.expects(2, 0));
        assertFalse(servers.expects(1, 0));
    }

    @Test
    void aClusterExpectsEveryMessageEverywhereAndTellsCrossNodeDeliveries() {
        Servers servers = Servers.parse(LOOPBACK, "5000,5001", true);
        assertTrue(servers.expects(1, 0));
        assertTrue(servers.crossNode(1, 0));
        assertFalse(servers.crossNode(2, 0));
    }

    @Test
    void onlyLoopbackAndRealPorts() {
        assertThrows(IllegalArgumentException.class, () -> Servers.parse(LOOPBACK, "", false));
        assertThrows(IllegalArgumentException.class, () -> Servers.parse(LOOPBACK, "0", false));
        assertThrows(IllegalArgumentException.class,
                () -> Servers.parse(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}), "5000", false));
    }
}
