package org.chatroom.room.internal;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.chatroom.protocol.NameRules;

/**
 * Banned names and addresses, in the order they were banned. What is spelled like an address is an address or a
 * prefix of them ({@link AddressRule}: {@code 10.0.0.0/8}, {@code 2001:db8::/32}), or invalid and refused; anything
 * else is a name, compared like names ({@link NameRules#key}: look-alikes are the same name). Thread safe.
 */
public final class Bans {

    private final Map<String, String> entries = new LinkedHashMap<>(); // key -> as given
    private final Map<String, AddressRule> rules = new LinkedHashMap<>(); // key -> rule, for the address entries
    private volatile Consumer<List<String>> mirror = list -> {
    };

    /**
     * {@code to} gets the whole list each time it was replaced by bans learnt from elsewhere (the other servers of a
     * cluster): the host keeps its saved copy equal to them.
     */
    public void mirrorTo(Consumer<List<String>> to) {
        mirror = to;
    }

    /** Gives the list to the {@link #mirrorTo mirror}, after it was replaced; not under a lock (it may write a file). */
    void mirrored() {
        mirror.accept(list());
    }

    /**
     * @return whether it was not banned yet
     * @throws IllegalArgumentException with a message for the host when it is empty or an invalid address
     */
    public synchronized boolean add(String nameOrAddress) {
        String target = nameOrAddress.strip();
        if (target.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("ban.empty"));
        }
        Optional<AddressRule> rule = AddressRule.parse(target);
        String key = rule.map(Bans::addressKey).orElseGet(() -> nameKey(target));
        rule.ifPresent(r -> rules.putIfAbsent(key, r));
        return entries.putIfAbsent(key, target) == null;
    }

    /** Adds saved bans; @return the entries that are not valid bans (each with why), which are left out */
    public synchronized List<String> load(List<String> saved) {
        List<String> refused = new ArrayList<>();
        for (String entry : saved) {
            try {
                add(entry);
            } catch (IllegalArgumentException e) {
                refused.add(e.getMessage());
            }
        }
        return refused;
    }

    /** Replaces every ban with {@code saved}, at once; @return the entries left out, as {@link #load} */
    public synchronized List<String> replace(List<String> saved) {
        entries.clear();
        rules.clear();
        return load(saved);
    }

    /** The ban on {@code nameOrAddress} as it was given (its spelling in {@link #list()}), if there is one. */
    public synchronized Optional<String> find(String nameOrAddress) {
        return Optional.ofNullable(entries.get(key(nameOrAddress.strip())));
    }

    public synchronized boolean remove(String nameOrAddress) {
        String key = key(nameOrAddress.strip());
        rules.remove(key);
        return entries.remove(key) != null;
    }

    public synchronized List<String> list() {
        return new ArrayList<>(entries.values());
    }

    public synchronized boolean bansName(String name) {
        return entries.containsKey(nameKey(name));
    }

    public synchronized boolean bansAddress(InetAddress address) {
        return address != null && rules.values().stream().anyMatch(rule -> rule.matches(address));
    }

    /**
     * @return whether a ban on {@code nameOrAddress} covers a member called {@code name} at {@code address}
     * @throws IllegalArgumentException when it is an invalid address
     */
    static boolean covers(String nameOrAddress, String name, InetAddress address) {
        String target = nameOrAddress.strip();
        return AddressRule.parse(target).map(rule -> rule.matches(address))
                .orElseGet(() -> nameKey(target).equals(nameKey(name)));
    }

    /** The key under which the ban on {@code nameOrAddress} is kept: equal for bans that are the same ban. */
    static String keyOf(String nameOrAddress) {
        return key(nameOrAddress.strip());
    }

    private static String key(String target) {
        try {
            return AddressRule.parse(target).map(Bans::addressKey).orElseGet(() -> nameKey(target));
        } catch (IllegalArgumentException e) {
            return nameKey(target); // not a valid ban, so not banned: nothing to find
        }
    }

    private static String addressKey(AddressRule rule) {
        return "address " + rule;
    }

    private static String nameKey(String name) {
        return "name " + NameRules.key(name);
    }
}
