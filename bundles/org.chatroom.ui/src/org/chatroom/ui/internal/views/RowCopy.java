package org.chatroom.ui.internal.views;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;

/**
 * Puts rows on the clipboard as plain text, one {@code [time] from: text} line each, or their text alone (to quote a
 * message or copy a command someone gave).
 */
final class RowCopy {

    private static final String CLIPBOARD = RowCopy.class.getName();

    private RowCopy() {
    }

    static String text(List<MessageRow> rows) {
        return rows.stream().map(MessageRow::plain).collect(Collectors.joining(System.lineSeparator()));
    }

    /** @return the rows' texts alone, a line each */
    static String words(List<MessageRow> rows) {
        return rows.stream().map(MessageRow::text).collect(Collectors.joining(System.lineSeparator()));
    }

    /** Copies through {@code control}'s display clipboard, kept (and disposed) with the control: GTK serves the
     * copied text from it for as long as it owns the clipboard. */
    static void copy(Control control, List<MessageRow> rows) {
        if (!rows.isEmpty()) {
            put(control, text(rows));
        }
    }

    /** Copies the rows' texts alone ({@link #words}). */
    static void copyText(Control control, List<MessageRow> rows) {
        if (!rows.isEmpty()) {
            put(control, words(rows));
        }
    }

    private static void put(Control control, String text) {
        Clipboard clipboard = (Clipboard) control.getData(CLIPBOARD);
        if (clipboard == null) {
            Clipboard created = new Clipboard(control.getDisplay());
            control.setData(CLIPBOARD, created);
            control.addDisposeListener(e -> created.dispose());
            clipboard = created;
        }
        clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
    }
}
