package org.chatroom.protocol;

/**
 * The texts of the original protocol, exactly as the seed's Python server sends them (no terminator, UTF-8), plus
 * the plain-text forms in which original clients see what extended members do.
 */
public final class OriginalProtocol {

    /** Sent on accept. */
    public static final String PROMPT = "Please enter your name and press Enter";
    /** Sent by a client to leave, and echoed back by the server before it closes. */
    public static final String QUIT = "{quit}";

    private OriginalProtocol() {
    }

    /** The reply to an accepted name. */
    public static String welcome(String name) {
        return "Welcome to the chat " + name + ". Write {quit} to leave.";
    }

    /** Broadcast to everyone already in the room when {@code name} joins. */
    public static String joined(String name) {
        return name + " joined the chat";
    }

    /** Broadcast to everyone left when {@code name} leaves (with or without {@code {quit}}). */
    public static String left(String name) {
        return name + " left the chat.";
    }

    /** A message relayed to every member, the sender included. */
    public static String message(String name, String text) {
        return name + ": " + text;
    }

    /** An action ({@code /me}) of an extended member. */
    public static String action(String name, String text) {
        return "* " + name + " " + text;
    }

    /** A nickname change of an extended member. */
    public static String nickChanged(String oldName, String newName) {
        return oldName + " is now known as " + newName;
    }

    /** A topic change; an empty topic means it was cleared. */
    public static String topic(String setter, String topic) {
        return topic.isEmpty() ? setter + " cleared the topic" : setter + " set the topic: " + topic;
    }

    /** A private message from an extended member to an original one. */
    public static String privateMessage(String from, String text) {
        return "(private) " + from + ": " + text;
    }

    /** A room notice, e.g. the room shutting down. */
    public static String notice(String text) {
        return "Room notice: " + text;
    }

    /** What an original client gets when something it sent was refused. */
    public static String error(String text) {
        return "Error: " + text;
    }

    /** A refused name: the explanation, then the prompt again. */
    public static String nameRetry(String problem) {
        return problem + " " + PROMPT;
    }

    /** @return whether {@code text} is the original {@code {quit}}. */
    public static boolean isQuit(String text) {
        return QUIT.equals(text);
    }
}
