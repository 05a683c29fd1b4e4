package org.chatroom.room.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address ban: one IPv4 or IPv6 address, or a prefix of them in CIDR notation ({@code 10.0.0.0/8},
 * {@code 2001:db8::/32}). What is spelled like an address (digits and dots with a dot, or hex digits, dots and
 * colons with a colon, optionally in brackets and with {@code /PREFIX}) is an address or invalid, never a name:
 * IPv4 needs four decimal parts 0-255 without leading zeros ({@code 0127.0.0.7} is refused: octal to some tools,
 * decimal to others), a prefix must fit the family and have no host bits set ({@code 10.0.0.1/8} is refused, so a
 * typo cannot ban a whole network). Brackets around IPv6 are accepted ({@code [::1]}), zone ids are not.
 */
final class AddressRule {

    private static final Pattern SHAPE = Pattern.compile("(\\[)?([0-9A-Fa-f:.]+)(\\])?(?:/(.*))?");
    private static final Pattern IPV4 = Pattern.compile("(0|[1-9]\\d{0,2})(\\.(0|[1-9]\\d{0,2})){3}");

    private final byte[] network;
    private final int prefix;

    private AddressRule(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** The rule matching exactly {@code address}. */
    static AddressRule of(InetAddress address) {
        return new AddressRule(address.getAddress(), address.getAddress().length * 8);
    }

    /** @return whether {@code text} is spelled like an address (valid or not) rather than a name */
    static boolean looksLikeAddress(String text) {
        Matcher m = SHAPE.matcher(text);
        return m.matches() && (m.group(2).contains(":") || m.group(2).contains(".") && m.group(2).matches("[\\d.]+"));
    }

    /**
     * @return the rule {@code text} spells, empty when it is not spelled like an address (it is a name)
     * @throws IllegalArgumentException with a message for the host when it is spelled like an address but invalid
     */
    static Optional<AddressRule> parse(String text) {
        if (!looksLikeAddress(text)) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text);
        m.matches();
        String literal = m.group(2);
        boolean v6 = literal.contains(":");
        boolean bracketed = m.group(1) != null;
        if (bracketed != (m.group(3) != null) || bracketed && !v6 || !v6 && !IPV4.matcher(literal).matches()
                || m.group(4) != null && !m.group(4).matches("\\d{1,3}")) {
            throw invalid(text);
        }
        if (!v6 && Arrays.stream(literal.split("\\.")).mapToInt(Integer::parseInt).anyMatch(part -> part > 255)) {
            throw invalid(text); // else the JDK would take it for a host name and look it up
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(v6 ? "[" + literal + "]" : literal).getAddress(); // literal: no lookup
        } catch (UnknownHostException e) {
            throw invalid(text);
        }
        int bits = bytes.length * 8;
        if (v6 && bytes.length == 4) { // ::ffff:a.b.c.d, which Java gives as IPv4
            bits = 32;
        }
        int prefix = m.group(4) == null ? bits : Integer.parseInt(m.group(4)) - (v6 && bytes.length == 4 ? 96 : 0);
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException(Messages.get("ban.badPrefix", text, bits));
        }
        AddressRule rule = new AddressRule(bytes, prefix);
        if (!Arrays.equals(bytes, rule.masked(bytes))) {
            String network = rule.withNetwork(rule.masked(bytes));
            throw new IllegalArgumentException(Messages.get("ban.hostBits", text, network));
        }
        return Optional.of(rule);
    }

    boolean matches(InetAddress address) {
        return address != null && address.getAddress().length == network.length
                && Arrays.equals(network, masked(address.getAddress()));
    }

    private byte[] masked(byte[] address) {
        byte[] masked = address.clone();
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return masked;
    }

    private String withNetwork(byte[] bytes) {
        return new AddressRule(bytes, prefix).toString();
    }

    /** The canonical spelling: {@code 10.0.0.0/8}, {@code 2001:db8:0:0:0:0:0:0/32}, {@code 127.0.0.1}. */
    @Override
    public String toString() {
        String address;
        try {
            address = InetAddress.getByAddress(network).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes", e);
        }
        return prefix == network.length * 8 ? address : address + "/" + prefix;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException(Messages.get("ban.badAddress", text));
    }
}
