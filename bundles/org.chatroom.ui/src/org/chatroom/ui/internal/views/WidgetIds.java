package org.chatroom.ui.internal.views;

/** Names set with {@code Widget.setData(KEY, id)} so tests and tools find the widgets a user sees. */
public final class WidgetIds {

    public static final String KEY = "org.chatroom.ui.widget";
    public static final String MESSAGES = "messages";
    public static final String INPUT = "input";
    public static final String SEND = "send";
    public static final String KICK = "kick";
    public static final String BAN = "ban";
    public static final String BANS = "bans";
    public static final String MEMBERS = "members";
    /** The topic above a room's message list ({@link TopicBar}). */
    public static final String TOPIC = "topic";
    public static final String STATUS = "status";
    /** What is unread in the room tabs hidden behind the chevron ({@code HiddenUnread}). */
    public static final String HIDDEN_UNREAD = "hiddenUnread";
    public static final String HOSTING = "hosting";
    public static final String READER = "reader";
    public static final String JUMP = "jump";
    /** The jump bar's count of what was said below. */
    public static final String JUMP_COUNT = "jumpCount";
    public static final String JUMP_MENU = "jumpMenu";
    public static final String COPY = "copy";
    public static final String COPY_TEXT = "copyText";
    public static final String OPEN_LINK = "openLink";
    public static final String NOTIFICATION = "notification";
    public static final String NOTIFICATION_TEXT = "notificationText";
    public static final String PRIVATE_CHAT = "privateChat";
    public static final String PRIVATE_INPUT = "privateInput";
    public static final String PRIVATE_SEND = "privateSend";
    public static final String OPEN_PRIVATE = "openPrivate";
    /** The member list's Ignore (Stop Ignoring) menu item. */
    public static final String IGNORE = "ignore";
    public static final String REPLY = "reply";
    public static final String MESSAGE_PRIVATE = "messagePrivate";

    private WidgetIds() {
    }
}
