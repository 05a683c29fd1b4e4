package org.chatroom.ui.internal.notify;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the unread count and notifications, from texts.properties. */
public final class NotifyTexts extends NLS {

    public static String titleUnread;
    public static String titleUnreadMentions;
    public static String trayTooltip;
    public static String popupMessage;
    public static String popupPrivate;

    static {
        NLS.initializeMessages("org.chatroom.ui.internal.notify.texts", NotifyTexts.class);
    }

    private NotifyTexts() {
    }
}
