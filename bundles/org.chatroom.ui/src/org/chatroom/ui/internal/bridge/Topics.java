package org.chatroom.ui.internal.bridge;

/** Event topics the desktop client uses between its background side and its views (EventAdmin / IEventBroker). */
public final class Topics {

    /** Data: {@code List<ChatEvent>}, one coalesced batch. */
    public static final String EVENTS = "org/chatroom/ui/events";
    /** Data: {@link StateChange}. */
    public static final String STATE = "org/chatroom/ui/state";
    /** Data: {@code List<String>}, the whole member list. */
    public static final String MEMBERS = "org/chatroom/ui/members";
    /** Data: a String shown as a local notice in the message list, or a {@link LocalNotice} with its time. */
    public static final String NOTICE = "org/chatroom/ui/notice";
    /** Data: {@code List<String>}, lines that help until the first room is joined (how to get into one). */
    public static final String START_HINT = "org/chatroom/ui/startHint";
    /** Data: a String, where others connect to the hosted room; empty when not hosting. */
    public static final String HOSTING = "org/chatroom/ui/hosting";
    /**
     * Data: {@code GatewayAddresses}, where IRC clients connect to the hosted room, posted after {@link #HOSTING} once
     * the IRC listener opened; the next {@link #HOSTING} ends it.
     */
    public static final String HOSTING_IRC = "org/chatroom/ui/hostingIrc";
    /** Data: a String {@code host_port}, the room the client is about to join (the chat log keys on it). */
    public static final String ROOM = "org/chatroom/ui/room";
    /** Data: {@link UnreadCount}, posted by the message list when it changes (title, tray). */
    public static final String UNREAD = "org/chatroom/ui/unread";
    /** Data: a {@code MessageRow} worth a notification (a mention or private message while not focused). */
    public static final String ALERT = "org/chatroom/ui/alert";
    /**
     * Data: {@code List<ChatEvent>}, private messages, posted once their conversation views exist, and the renames
     * ({@code NICK}) of members a conversation is with.
     */
    public static final String PRIVATE = "org/chatroom/ui/private";
    /** Data: {@code ConversationUnread}, a private conversation's unread count when it changes (title, tray). */
    public static final String CONVERSATION_UNREAD = "org/chatroom/ui/conversationUnread";
    /**
     * Data: a Boolean, whether the password the remote room refused was a wrong one (else none was given); what the
     * room said with it under {@link #DETAIL}.
     */
    public static final String PASSWORD_REFUSED = "org/chatroom/ui/passwordRefused";
    /** Data: {@link RoomPasswordRefusal}, a room the user asked to join refused for its password. */
    public static final String ROOM_PASSWORD_REFUSED = "org/chatroom/ui/roomPasswordRefused";
    /** Data: {@code List<RoomListing>}, the server's rooms, answering {@code ChatClient.listRooms()}. */
    public static final String ROOMS_LISTED = "org/chatroom/ui/roomsListed";
    /** Data: a String, a line the user just sent (the message list scrolls to the newest row). */
    public static final String SENT = "org/chatroom/ui/sent";
    /**
     * Data: a String, a line the user is about to send, sent synchronously before the client gets it: what the client
     * is in then is what it was in before the line (a room's answer to it may come before {@link #SENT} is read).
     */
    public static final String SENDING = "org/chatroom/ui/sending";
    /** Data: a String, a member to reply to: the message field takes "NAME: " (a row's Reply to NAME). */
    public static final String REPLY = "org/chatroom/ui/reply";
    /**
     * Data: a Boolean, whether the tab shown is the server's (an IRC network's messages), where text is not said: the
     * input line takes commands only. Sent synchronously by the message list when the tab shown changes.
     */
    public static final String SERVER_SHOWN = "org/chatroom/ui/serverShown";
    /**
     * Data: a String, the room of the tab shown when the client, connected, is not in it (it could not be joined
     * again), else empty: the input line does not send text there, which the client would say in another room. Sent
     * synchronously by the message list when it changes.
     */
    public static final String ROOM_OUT = "org/chatroom/ui/roomOut";
    /**
     * Data: a String, the key of the draft of the tab shown ({@code Drafts.room}): the input line keeps what was typed
     * in one room's tab for that room and shows the draft of the room shown. Sent synchronously by the message list
     * when it changes.
     */
    public static final String DRAFT_SHOWN = "org/chatroom/ui/draftShown";

    /**
     * Data: a String, why the client is about to leave the room (e.g. the user stopped hosting it), shown instead
     * of the plain "Disconnected" that follows. Sent synchronously ({@code IEventBroker.send}) before leaving.
     */
    public static final String LEAVING = "org/chatroom/ui/leaving";

    /** Property of {@link #PASSWORD_REFUSED}: a String, what the room said with its refusal. */
    public static final String DETAIL = "detail";

    /** Property under which IEventBroker puts (and {@code @UIEventTopic} injects) the event's data. */
    public static final String DATA = "org.eclipse.e4.data";

    private Topics() {
    }
}
