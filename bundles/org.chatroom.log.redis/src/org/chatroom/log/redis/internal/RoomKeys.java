package org.chatroom.log.redis.internal;

/**
 * The Redis keys of the room log. A room's keys share the hash tag {@code {room}}, so that on Redis Cluster they sit
 * in one slot and the append script may touch them together; the room name is escaped inside the tag.
 */
final class RoomKeys {

    private final String prefix;

    RoomKeys(String prefix) {
        this.prefix = prefix;
    }

    /** Set of the names of the rooms that have a stream. */
    String rooms() {
        return prefix + "rooms";
    }

    /** The room's stream: one entry per event, ID {@code seq-0}. */
    String events(String room) {
        return room(room) + ":events";
    }

    /** The room's counter: the sequence number of its newest event. */
    String sequence(String room) {
        return room(room) + ":seq";
    }

    /** Hash of the room's settings (the room service's keys). */
    String settings(String room) {
        return room(room) + ":settings";
    }

    /** Hash of the room's retention ({@code maxEvents}, {@code maxAgeMillis}); absent: the configured default. */
    String retention(String room) {
        return room(room) + ":retention";
    }

    /** Hash of the nodes following the room: node to {@code "seq expiresAt"}, how far it has read (see Scripts). */
    String readers(String room) {
        return room(room) + ":readers";
    }

    /** The keys of the append, trim and read scripts for {@code room}, in their order (see Scripts). */
    java.util.List<String> scriptKeys(String room) {
        return java.util.List.of(sequence(room), events(room), retention(room), readers(room));
    }

    /** The keys of the append script for {@code room} appended by {@code node}: the script keys and its round token. */
    java.util.List<String> appendKeys(String room, String node) {
        return java.util.List.of(sequence(room), events(room), retention(room), readers(room), appended(room, node));
    }

    /** The token of {@code node}'s newest round of appends to the room (expires by itself). */
    String appended(String room, String node) {
        return room(room) + ":appended:" + node;
    }

    /** Hash of the room's members on every node: name to node. */
    String members(String room) {
        return room(room) + ":members";
    }

    /** Hash of the names claimed in the cluster: the name's folded key ({@code NameRules.key}) to node. */
    String names() {
        return prefix + "names";
    }

    /** List of the server-wide bans every node applies, in the order they were banned. */
    String bans() {
        return prefix + "bans";
    }

    /** Present once the cluster has a list of server-wide bans (seeded or changed): an empty list is then the truth. */
    String bansKept() {
        return prefix + "bans:kept";
    }

    /** Counter raised at each change of any ban (server-wide or a room's): the nodes watch it. */
    String bansVersion() {
        return prefix + "bans:version";
    }

    /** Set of the nodes that have sent a heartbeat and were not removed yet. */
    String nodes() {
        return prefix + "nodes";
    }

    /** The node's heartbeat: present while it is alive (an expiry renewed by each beat). */
    String alive(String node) {
        return prefix + "node:" + node + ":alive";
    }

    /** Lock of the node that removes the members of an expired node. */
    String reaping(String node) {
        return prefix + "node:" + node + ":reaping";
    }

    /** Set of the node's memberships, {@code room + "\n" + name}. */
    String nodeMembers(String node) {
        return prefix + "node:" + node + ":members";
    }

    /** Set of the names the node claimed (their folded keys). */
    String nodeNames(String node) {
        return prefix + "node:" + node + ":names";
    }

    /** A small stream the node writes to wake its own blocking read when it follows one more room. */
    String wake(String node) {
        return prefix + "node:" + node + ":wake";
    }

    String describe() {
        return prefix + "*";
    }

    private String room(String room) {
        return prefix + "{" + escape(room) + "}";
    }

    static String escape(String room) {
        return room.replace("%", "%25").replace("{", "%7B").replace("}", "%7D");
    }
}
