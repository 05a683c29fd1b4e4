package org.chatroom.ui.internal.notify;

import org.chatroom.ui.internal.bridge.UnreadCount;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tray;
import org.eclipse.swt.widgets.TrayItem;

/**
 * A tray icon with the unread count while there is something unread, where the desktop has a tray; a click on
 * it brings the window back. Nothing where there is no tray. The badge is drawn again only when what it shows
 * changes (the count up to 99, then "99+", and its colour): a flood updates the count with every batch, and
 * drawing and handing GTK a new image each time cost the UI thread for nothing (and SWT's tray item keeps a list
 * entry for every image it was given).
 */
final class UnreadTray {

    private static final int SIZE = 22;

    private final Shell shell;
    private TrayItem item;
    private Image image;
    /** What {@link #image} shows: its text and colour; {@code null} when there is none. */
    private String shown;

    UnreadTray(Shell shell) {
        this.shell = shell;
    }

    /** @return the tray item while one is shown (tests), else {@code null} */
    TrayItem item() {
        return item;
    }

    void show(UnreadCount count) {
        Tray tray = shell.getDisplay().getSystemTray();
        if (tray == null || count.unread() == 0) {
            dispose();
            return;
        }
        if (item == null || item.isDisposed()) {
            item = new TrayItem(tray, SWT.NONE);
            item.addListener(SWT.Selection, e -> shell.forceActive());
            shown = null;
        }
        String text = count.unread() > 99 ? "99+" : Integer.toString(count.unread());
        boolean mention = count.mentions() > 0;
        String badge = text + (mention ? " mention" : "");
        if (!badge.equals(shown)) {
            Image old = image;
            image = badge(text, mention);
            item.setImage(image);
            shown = badge;
            if (old != null) {
                old.dispose();
            }
        }
        item.setToolTipText(NLS.bind(NotifyTexts.trayTooltip, count.unread(), count.mentions()));
    }

    private Image badge(String text, boolean mention) {
        Image badge = new Image(shell.getDisplay(), SIZE, SIZE);
        GC gc = new GC(badge);
        try {
            gc.setAntialias(SWT.ON);
            gc.setBackground(shell.getDisplay().getSystemColor(mention ? SWT.COLOR_RED : SWT.COLOR_DARK_BLUE));
            gc.fillOval(0, 0, SIZE, SIZE);
            gc.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            Point extent = gc.textExtent(text);
            gc.drawText(text, (SIZE - extent.x) / 2, (SIZE - extent.y) / 2, true);
        } finally {
            gc.dispose();
        }
        return badge;
    }

    void dispose() {
        if (item != null && !item.isDisposed()) {
            item.dispose();
        }
        item = null;
        shown = null;
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
