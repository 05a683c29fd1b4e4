package org.chatroom.ui.internal.notify;

import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.bridge.UnreadCount;
import org.chatroom.ui.internal.theme.LookPreferences;
import org.chatroom.ui.internal.views.MessageRow;
import org.chatroom.ui.internal.views.MessageRow.Style;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.EventHandler;

/**
 * Draws the user back to the window while it is not focused: tells whether the window has the focus and when it
 * gets it back, shows the unread count in the tray (the window title is {@code TitleUpdater}'s), pops up a
 * notification for what the preference asks for (all messages, mentions and private ones, or nothing), and sets the
 * window's urgency hint for a mention or a private message (unless notifications are off) until the window has the
 * focus again.
 */
public final class WindowAttention {

    private final Shell shell;
    private final IEventBroker broker;
    private final Listener focus;
    private final EventHandler onUnread;
    private final EventHandler onAlert;
    private final UnreadTray tray;
    private final NotificationPopup popup;

    /**
     * @param back told when the window gets the focus again
     */
    public WindowAttention(Shell shell, IEventBroker broker, Runnable back) {
        this.shell = shell;
        this.broker = broker;
        this.tray = new UnreadTray(shell);
        this.popup = new NotificationPopup(shell);
        focus = e -> {
            UrgencyHint.set(shell, false);
            back.run();
        };
        shell.addListener(SWT.Activate, focus);
        onUnread = e -> unread((UnreadCount) e.getProperty(Topics.DATA));
        onAlert = e -> alert((MessageRow) e.getProperty(Topics.DATA));
        broker.subscribe(Topics.UNREAD, null, onUnread, false);
        broker.subscribe(Topics.ALERT, null, onAlert, false);
    }

    /**
     * @return whether the user is elsewhere: another window (of any program) has the focus; a dialog of this window
     *         (Host Room, preferences) is not elsewhere
     */
    public boolean away() {
        return away(shell);
    }

    /** @return whether another window than {@code shell} and its dialogs has the focus */
    public static boolean away(Shell shell) {
        if (shell.isDisposed()) {
            return false;
        }
        for (Shell active = shell.getDisplay().getActiveShell(); active != null;
                active = active.getParent() instanceof Shell parent ? parent : null) {
            if (active == shell) {
                return false;
            }
        }
        return true;
    }

    public void dispose() {
        broker.unsubscribe(onUnread);
        broker.unsubscribe(onAlert);
        if (!shell.isDisposed()) {
            shell.removeListener(SWT.Activate, focus);
            UrgencyHint.set(shell, false);
        }
        tray.dispose();
        popup.close();
    }

    private void unread(UnreadCount count) {
        if (shell.isDisposed()) {
            return;
        }
        tray.show(count);
    }

    private void alert(MessageRow row) {
        String level = LookPreferences.notifications();
        boolean mention = row.style() == Style.MENTION || row.style() == Style.PRIVATE;
        if (LookPreferences.NOTIFY_ALL.equals(level) || mention && LookPreferences.NOTIFY_MENTIONS.equals(level)) {
            popup.show(row);
        }
        if (mention && !LookPreferences.NOTIFY_OFF.equals(level) && away()) {
            UrgencyHint.set(shell, true);
        }
    }
}
