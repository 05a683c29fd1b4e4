package org.chatroom.ui.internal.notify;

import org.chatroom.ui.internal.views.MessageRow;
import org.chatroom.ui.internal.views.MessageRow.Style;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * A small window in the corner of the screen with who said what; it never takes the focus, closes by itself after
 * a few seconds, and a click on it brings the chat window back. One at a time: a newer one replaces it.
 */
final class NotificationPopup {

    static final int SHOWN_MILLIS = 6_000;
    private static final int WIDTH = 320;
    private static final int MAX_CHARS = 240;

    private final Shell owner;
    private Shell popup;

    NotificationPopup(Shell owner) {
        this.owner = owner;
    }

    void show(MessageRow row) {
        close();
        popup = new Shell(owner.getDisplay(), SWT.ON_TOP | SWT.TOOL | SWT.NO_FOCUS | SWT.BORDER);
        popup.setData(WidgetIds.KEY, WidgetIds.NOTIFICATION);
        popup.setLayout(new GridLayout(1, false));
        String title = row.style() == Style.PRIVATE ? NLS.bind(NotifyTexts.popupPrivate, row.from())
                : NLS.bind(NotifyTexts.popupMessage, row.from());
        label(title, SWT.NONE).setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        String text = row.text().length() > MAX_CHARS ? row.text().substring(0, MAX_CHARS) + "\u2026" : row.text();
        Label body = label(text, SWT.WRAP);
        body.setData(WidgetIds.KEY, WidgetIds.NOTIFICATION_TEXT);
        Listener back = e -> {
            close();
            owner.forceActive();
        };
        popup.addListener(SWT.MouseUp, back);
        for (var child : popup.getChildren()) {
            child.addListener(SWT.MouseUp, back);
        }
        Point size = popup.computeSize(WIDTH, SWT.DEFAULT);
        Rectangle area = owner.getMonitor().getClientArea();
        popup.setBounds(area.x + area.width - size.x - 16, area.y + area.height - size.y - 16, size.x, size.y);
        popup.setVisible(true);
        Shell shown = popup;
        owner.getDisplay().timerExec(SHOWN_MILLIS, () -> {
            if (!shown.isDisposed()) {
                shown.dispose();
            }
        });
    }

    private Label label(String text, int style) {
        Label label = new Label(popup, style);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = WIDTH - 16; // long text wraps
        label.setLayoutData(data);
        return label;
    }

    void close() {
        if (popup != null && !popup.isDisposed()) {
            popup.dispose();
        }
        popup = null;
    }
}
