package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawOriginalClient;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import org.chatroom.protocol.OriginalProtocol;
import org.chatroom.protocol.ServerEvent;
import org.chatroom.room.internal.Bans;
import org.chatroom.room.internal.Password;
import org.chatroom.room.internal.RoomAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Prefix (CIDR) bans for IPv4 and IPv6, invalid addresses refused with an explanation, names folded. */
class AddressBansTest {

    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void prefixBansCoverTheirNetworkOnly() throws Exception {
        Bans bans = new Bans();
        bans.add("10.0.0.0/8");
        bans.add("2001:db8::/32");
        bans.add("[::1]");
        assertTrue(bans.bansAddress(ip("10.1.2.3")));
        assertTrue(bans.bansAddress(ip("10.255.255.255")));
        assertFalse(bans.bansAddress(ip("11.0.0.1")));
        assertTrue(bans.bansAddress(ip("2001:db8:1234::5")));
        assertFalse(bans.bansAddress(ip("2001:db9::5")));
        assertTrue(bans.bansAddress(ip("::1")), "brackets are how IPv6 is written in URLs: accepted");
        assertFalse(bans.bansAddress(ip("127.0.0.1")));
        assertFalse(bans.bansName("10.0.0.0/8"), "an address is not a name");
        assertTrue(bans.remove("10.0.0.0/8"));
        assertFalse(bans.bansAddress(ip("10.1.2.3")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0127.0.0.7", "256.1.1.1", "1.2.3", "1.2.3.4.5", "10.0.0.0/33", "::1/129", "10.0.0.1/8",
            "[1.2.3.4]", "[::1", "dead:beef", "2001:db8::/-1", "1.2.3.4/" })
    void invalidAddressesAreRefusedWithAnExplanation(String text) {
        Bans bans = new Bans();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bans.add(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
        assertEquals(List.of(), bans.list());
    }

    @Test
    void hostBitsPastThePrefixAreExplainedWithTheNetwork() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Bans().add("10.0.0.1/8"));
        assertTrue(e.getMessage().contains("10.0.0.0/8"), e.getMessage());
    }

    @Test
    void savedBansThatAreInvalidAreReportedAndTheOthersKept() {
        Bans bans = new Bans();
        List<String> refused = bans.load(List.of("bob", "0127.0.0.7", "192.168.0.0/16"));
        assertEquals(1, refused.size());
        assertTrue(refused.get(0).contains("0127.0.0.7"), refused.get(0));
        assertEquals(List.of("bob", "192.168.0.0/16"), bans.list());
    }

    @Test
    void aBannedPrefixIsRefusedAtConnectionWhileANeighbourJoins() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Bans bans = new Bans();
            bans.add("127.0.0.0/31"); // 127.0.0.0 and 127.0.0.1
            try (RoomFixture room = new RoomFixture(RoomFixture.UNLIMITED,
                    new RoomAccess(Password.NONE, bans, RoomAccess.DEFAULT_HANDSHAKE_TIMEOUT))) {
                try (RawOriginalClient banned = RawOriginalClient.connectFrom(room.address, ip("127.0.0.1"))) {
                    assertEquals("You are banned from this room.", banned.readToEnd());
                }
                try (RawOriginalClient neighbour = RawOriginalClient.connectFrom(room.address, ip("127.0.0.2"))) {
                    neighbour.expect(OriginalProtocol.PROMPT);
                    neighbour.send("ada");
                    neighbour.expect(OriginalProtocol.welcome("ada"));
                }
                try (RawExtendedClient bob = RawExtendedClient.connect(room.address, ip("127.0.0.3"))) {
                    bob.send("NICK bob");
                    assertEquals("bob", bob.expect(ServerEvent.Welcome.class).name());
                }
            }
        });
    }
}
