package org.chatroom.ui.internal.rooms;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Label;

/**
 * What is unread in the tabs the folder has no room to show (behind its chevron): a label at the right of the tabs,
 * "3 unread in hidden tabs", in bold when one of those lines mentions the user, that shows the first such tab when
 * clicked (one with a mention first). Only the window's title told of a mention in a hidden room; the chevron counts
 * the hidden tabs, not what is in them. No label while nothing hidden is unread.
 */
final class HiddenUnread {

    private final CTabFolder folder;
    private final Supplier<List<RoomPage>> pages;
    private final Consumer<RoomPage> show;
    private final Label label;
    private RoomPage first;

    HiddenUnread(CTabFolder folder, Supplier<List<RoomPage>> pages, Consumer<RoomPage> show) {
        this.folder = folder;
        this.pages = pages;
        this.show = show;
        label = new Label(folder, SWT.NONE);
        label.setData(WidgetIds.KEY, WidgetIds.HIDDEN_UNREAD);
        label.setCursor(folder.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        label.setVisible(false);
        label.addListener(SWT.MouseUp, e -> {
            if (e.button == 1 && first != null && !first.tab().isDisposed()) {
                show.accept(first);
            }
        });
        // the tabs shown change with the folder's width; the folder places them when it is resized
        folder.addListener(SWT.Resize, e -> later());
    }

    /** Counts again once the folder has placed its tabs (after a change of the tabs, their texts or the width). */
    void later() {
        folder.getDisplay().asyncExec(this::update);
    }

    private void update() {
        if (folder.isDisposed()) {
            return;
        }
        int unread = 0;
        boolean mentioned = false;
        RoomPage found = null;
        for (RoomPage page : pages.get()) {
            if (page.tab().isShowing() || page.unread().unread() == 0) {
                continue;
            }
            unread += page.unread().unread();
            if (found == null || page.unread().mentions() > 0 && found.unread().mentions() == 0) {
                found = page;
            }
            mentioned |= page.unread().mentions() > 0;
        }
        first = found;
        boolean shown = found != null;
        if (shown) {
            label.setText(RoomTexts.format(RoomTexts.hiddenUnread, unread));
            label.setToolTipText(RoomTexts.format(RoomTexts.hiddenUnreadTip, found.room()));
            label.setFont(mentioned ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null);
        }
        if (shown != label.getVisible()) {
            label.setVisible(shown);
            folder.setTopRight(shown ? label : null, SWT.RIGHT);
        } else if (shown) {
            folder.layout(true); // the text's width changed
        }
    }
}
