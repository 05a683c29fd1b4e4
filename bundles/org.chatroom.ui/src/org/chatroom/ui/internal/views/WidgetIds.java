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
    public static final String STATUS = "status";
    public static final String HOSTING = "hosting";

    private WidgetIds() {
    }
}
