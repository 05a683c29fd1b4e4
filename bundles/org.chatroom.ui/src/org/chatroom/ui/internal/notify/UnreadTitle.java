package org.chatroom.ui.internal.notify;

import java.util.regex.Pattern;

import org.chatroom.ui.internal.bridge.UnreadCount;
import org.eclipse.osgi.util.NLS;

/** The window title with the unread count in front, {@code (3) Chatroom} or {@code (3, 1 for you) Chatroom}. */
public final class UnreadTitle {

    private static final Pattern COUNT = Pattern.compile("^\\(\\d+[^)]*\\) ");

    private UnreadTitle() {
    }

    /** @return {@code title} without a count of ours, then with {@code count} in front unless it is zero */
    public static String of(String title, UnreadCount count) {
        String bare = COUNT.matcher(title).replaceFirst("");
        if (count.unread() == 0) {
            return bare;
        }
        return count.mentions() == 0 ? NLS.bind(NotifyTexts.titleUnread, count.unread(), bare)
                : NLS.bind(NotifyTexts.titleUnreadMentions, new Object[] { count.unread(), count.mentions(), bare });
    }
}
