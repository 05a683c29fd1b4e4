package org.chatroom.client.irc.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The channels of one IRC client, kept across connections (with the network's name): the ones to (re)join, the ones joined now with their
 * members (from NAMES, JOIN, PART, KICK, QUIT, NICK), and the one typed text goes to. Names compare in the
 * {@code rfc1459} case mapping most networks use. Thread safe; held briefly.
 */
final class Channels {

    private static final String MEMBER_PREFIXES = "~&@%+";

    private final Map<String, String> wanted = new LinkedHashMap<>(); // folded -> name
    private final Map<String, Set<String>> joined = new LinkedHashMap<>(); // folded -> members
    private final Map<String, String> names = new HashMap<>(); // folded -> name as the server spelled it
    private final Map<String, Set<String>> pendingNames = new HashMap<>();
    private final Map<String, String> keys = new HashMap<>(); // folded -> the key given with /join, for a rejoin
    private String chanTypes = "#&";
    private String network = ""; // the network's name as its servers give it (005 NETWORK=), empty before
    private String current = "";
    private String asked = ""; // folded: the channel the user last asked to join, typed text goes there once joined

    /** Forgets everything and wants {@code channels} (new settings). */
    synchronized void reset(List<String> channels) {
        wanted.clear();
        joined.clear();
        names.clear();
        pendingNames.clear();
        keys.clear();
        network = "";
        current = "";
        asked = "";
        channels.forEach(channel -> wanted.put(fold(channel), channel));
    }

    /**
     * The settings of the last connection again (Disconnect, then Connect): the channels wanted stay, those the client
     * was in with their keys, and where typed text went.
     */
    synchronized void keep() {
        disconnected();
    }

    /** The connection is gone: nothing is joined, what was joined is wanted on the next connection. */
    synchronized void disconnected() {
        joined.clear();
        pendingNames.clear();
    }

    synchronized List<String> wanted() {
        return new ArrayList<>(wanted.values());
    }

    /** The network's name its server gave ({@code 005 NETWORK=}); kept for the reconnects to the same server. */
    synchronized void network(String name) {
        network = name;
    }

    /** @return the network's name a server of it gave, empty before any did */
    synchronized String network() {
        return network;
    }

    synchronized void chanTypes(String types) {
        if (!types.isEmpty()) {
            chanTypes = types;
        }
    }

    synchronized boolean isChannel(String target) {
        return !target.isEmpty() && chanTypes.indexOf(target.charAt(0)) >= 0;
    }

    /**
     * The user asked to join {@code channel} ({@code /join}) with {@code key} (empty for none): once joined, typed
     * text goes there, and a join after a reconnect gives the key again.
     */
    synchronized void asked(String channel, String key) {
        asked = fold(channel);
        if (!key.isEmpty()) {
            keys.put(fold(channel), key);
        } else if (!joined.containsKey(fold(channel))) { // a key given before, and refused, is not this join's
            keys.remove(fold(channel));
        }
    }

    /**
     * @return whether the user wants {@code channel} joined and the client is not in it: the one asked for last, a
     *         channel of the settings, or one the client was in before a reconnect
     */
    synchronized boolean isWantedByTheUser(String channel) {
        String key = fold(channel);
        return !asked.isEmpty() && key.equals(asked) || wanted.containsKey(key) && !joined.containsKey(key);
    }

    /** @return the key given for {@code channel}, empty when none */
    synchronized String key(String channel) {
        return keys.getOrDefault(fold(channel), "");
    }

    /**
     * This client joined {@code channel}: typed text goes there when it is the first channel, or the one the user
     * asked for; not when it is joined again after a reconnect.
     */
    synchronized void joined(String channel) {
        String key = fold(channel);
        wanted.put(key, channel);
        names.put(key, channel);
        joined.put(key, new LinkedHashSet<>());
        if (current.isEmpty() || key.equals(asked)) {
            current = channel;
        }
        if (key.equals(asked)) { // not another channel's join (one of the settings, read after the /join was typed)
            asked = "";
        }
    }

    /** This client left {@code channel} (part or kick). */
    synchronized void left(String channel) {
        String key = fold(channel);
        wanted.remove(key);
        joined.remove(key);
        keys.remove(key);
        if (fold(current).equals(key)) {
            current = joined.isEmpty() ? "" : names.get(joined.keySet().iterator().next());
        }
    }

    synchronized boolean in(String channel) {
        return joined.containsKey(fold(channel));
    }

    /** The channel's name as the server spelled it when this client joined, or {@code channel}. */
    synchronized String name(String channel) {
        return names.getOrDefault(fold(channel), channel);
    }

    synchronized List<String> rooms() {
        List<String> rooms = new ArrayList<>();
        joined.keySet().forEach(key -> rooms.add(names.get(key)));
        return rooms;
    }

    synchronized String current() {
        return current;
    }

    /**
     * Where typed text goes: the current channel, or before the server confirmed any join the first channel asked
     * for (its JOIN went out before the client said it was connected, and the server handles lines in order; a
     * refused join makes the server refuse the text too, with a numeric the user sees). Empty for none.
     */
    synchronized String typingTarget() {
        if (!current.isEmpty() || wanted.isEmpty()) {
            return current;
        }
        return wanted.values().iterator().next();
    }

    /** @return whether {@code channel} is joined and now current */
    synchronized boolean current(String channel) {
        if (!in(channel)) {
            return false;
        }
        current = name(channel);
        return true;
    }

    synchronized boolean isCurrent(String channel) {
        return !current.isEmpty() && fold(current).equals(fold(channel));
    }

    synchronized List<String> members(String channel) {
        Set<String> members = joined.get(fold(channel));
        return members == null ? List.of() : List.copyOf(members);
    }

    /** A line of NAMES (353): members with their status prefixes. */
    synchronized void names(String channel, String list) {
        Set<String> pending = pendingNames.computeIfAbsent(fold(channel), key -> new LinkedHashSet<>());
        for (String entry : list.split(" ")) {
            String nick = stripPrefixes(entry);
            if (!nick.isEmpty()) {
                pending.add(nick);
            }
        }
    }

    /** End of NAMES (366): the collected names replace the members. @return whether the channel is joined */
    synchronized boolean namesEnd(String channel) {
        Set<String> pending = pendingNames.remove(fold(channel));
        Set<String> members = joined.get(fold(channel));
        if (members == null) {
            return false;
        }
        members.clear();
        if (pending != null) {
            members.addAll(pending);
        }
        return true;
    }

    synchronized void add(String channel, String nick) {
        Set<String> members = joined.get(fold(channel));
        if (members != null) {
            members.add(nick);
        }
    }

    synchronized void remove(String channel, String nick) {
        Set<String> members = joined.get(fold(channel));
        if (members != null) {
            members.removeIf(member -> fold(member).equals(fold(nick)));
        }
    }

    /** Removes {@code nick} everywhere. @return the channels it was in */
    synchronized List<String> quit(String nick) {
        List<String> left = new ArrayList<>();
        joined.forEach((key, members) -> {
            if (members.removeIf(member -> fold(member).equals(fold(nick)))) {
                left.add(names.get(key));
            }
        });
        return left;
    }

    /** Renames {@code from} to {@code to} everywhere. @return the channels it is in */
    synchronized List<String> rename(String from, String to) {
        List<String> in = new ArrayList<>();
        joined.forEach((key, members) -> {
            if (members.removeIf(member -> fold(member).equals(fold(from)))) {
                members.add(to);
                in.add(names.get(key));
            }
        });
        return in;
    }

    /** {@code rfc1459} case mapping: A-Z and []\~ fold to a-z and {}|^. */
    static String fold(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            folded.append(switch (c) {
            case '[' -> '{';
            case ']' -> '}';
            case '\\' -> '|';
            case '~' -> '^';
            default -> c < 128 ? Character.toLowerCase(c) : c;
            });
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    private static String stripPrefixes(String entry) {
        int at = 0;
        while (at < entry.length() && MEMBER_PREFIXES.indexOf(entry.charAt(at)) >= 0) {
            at++;
        }
        return entry.substring(at);
    }
}
