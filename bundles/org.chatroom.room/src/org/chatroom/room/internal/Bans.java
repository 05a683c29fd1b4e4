package org.chatroom.room.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.chatroom.protocol.NameRules;

/**
 * Banned names and addresses, in the order they were banned. An IPv4 or IPv6 literal is an address, anything else a
 * name (compared like names: case-insensitively). Thread safe.
 */
public final class Bans {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final Map<String, String> entries = new LinkedHashMap<>(); // key -> as given

    /** @return whether it was not banned yet */
    public synchronized boolean add(String nameOrAddress) {
        String target = nameOrAddress.strip();
        if (target.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("ban.empty"));
        }
        return entries.putIfAbsent(key(target), target) == null;
    }

    public synchronized boolean remove(String nameOrAddress) {
        return entries.remove(key(nameOrAddress.strip())) != null;
    }

    public synchronized List<String> list() {
        return new ArrayList<>(entries.values());
    }

    public synchronized boolean bansName(String name) {
        return entries.containsKey(nameKey(name));
    }

    public synchronized boolean bansAddress(InetAddress address) {
        return address != null && entries.containsKey(addressKey(address));
    }

    /** @return the address {@code text} spells as a literal, else empty (it is a name) */
    static Optional<InetAddress> address(String text) {
        if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text)); // a literal: no name lookup
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String key(String target) {
        return address(target).map(Bans::addressKey).orElseGet(() -> nameKey(target));
    }

    private static String addressKey(InetAddress address) {
        return "address " + address.getHostAddress();
    }

    private static String nameKey(String name) {
        return "name " + NameRules.key(name);
    }
}
