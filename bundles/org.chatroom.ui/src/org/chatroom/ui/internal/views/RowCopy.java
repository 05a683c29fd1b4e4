package org.chatroom.ui.internal.views;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;

/** Puts rows on the clipboard as plain text, one {@code [time] from: text} line each. */
final class RowCopy {

    private RowCopy() {
    }

    static String text(List<MessageRow> rows) {
        return rows.stream().map(MessageRow::plain).collect(Collectors.joining(System.lineSeparator()));
    }

    static void copy(Display display, List<MessageRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] { text(rows) }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }
}
