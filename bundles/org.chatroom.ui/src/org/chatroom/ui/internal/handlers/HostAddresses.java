package org.chatroom.ui.internal.handlers;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** Where others can reach a room that listens on {@code address}: its own address, or this machine's addresses. */
public final class HostAddresses {

    private HostAddresses() {
    }

    /** @return the addresses, comma separated, each followed by {@code :port} when {@code withPort} */
    public static String describe(InetSocketAddress address, boolean withPort) {
        String suffix = withPort ? ":" + address.getPort() : "";
        return String.join(", ", addresses(address).stream().map(a -> a + suffix).toList());
    }

    private static List<String> addresses(InetSocketAddress address) {
        InetAddress bound = address.getAddress();
        if (bound != null && !bound.isAnyLocalAddress()) {
            return List.of(bound.getHostAddress());
        }
        try {
            List<String> found = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(HostAddresses::usable)
                    .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                    .map(InetAddress::getHostAddress).sorted().collect(Collectors.toList());
            return found.isEmpty() ? List.of("127.0.0.1") : found;
        } catch (SocketException e) {
            return List.of("127.0.0.1");
        }
    }

    private static boolean usable(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
