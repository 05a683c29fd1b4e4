package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Defect 3: Ctrl+C and the context menu's Copy put the selected rows on the clipboard as {@code [time] name: text}
 * lines, and another program pastes exactly that.
 */
class CopyTest {

    @AfterEach
    void deselect() {
        Feed.deselect(Ui.messages());
    }

    @Test
    void ctrlCCopiesTheSelectedRowsWithTimeAndName() {
        String tag = " " + System.nanoTime(); // nothing on the clipboard before matches
        Feed.bridge().events(List.of(Feed.said("carol", "first to copy" + tag),
                new ChatEvent(Kind.ACTION, Instant.now(), "dave", "", "waves" + tag),
                Feed.said("erin", "not copied" + tag)));
        Ui.awaitRow("not copied" + tag);
        Table table = Ui.messages();
        int first = Ui.lastRowContaining("first to copy" + tag, 5);
        int second = Ui.lastRowContaining("waves" + tag, 5);
        Feed.select(table, first, second);
        assertEquals(2, table.getSelectionCount(), "two rows selected");
        // as after a click on the rows: the key goes through the workbench's key bindings first (a display filter),
        // where Ctrl+C is the Copy command, which copies from a focused text field and leaves the table's key alone
        table.setFocus();
        Event ctrlC = new Event();
        ctrlC.keyCode = 'c';
        ctrlC.stateMask = SWT.MOD1;
        table.notifyListeners(SWT.KeyDown, ctrlC);

        String expected = "[" + table.getItem(first).getText(0) + "] carol: first to copy" + tag
                + System.lineSeparator() + "[" + table.getItem(second).getText(0) + "] * dave waves" + tag; // an action
        assertEquals(expected, Paste.fromOtherProgram(), "what another program pastes");
        assertEquals(expected, Paste.fromThisProgram(), "what a paste in this program gets");
    }

    @Test
    void theContextMenuCopiesTheSelectedRow() {
        String tag = " " + System.nanoTime();
        Feed.bridge().events(List.of(Feed.said("frank", "menu copy" + tag), Feed.said("gina", "after" + tag)));
        Ui.awaitRow("after" + tag);
        Table table = Ui.messages();
        int row = Ui.lastRowContaining("menu copy" + tag, 5);
        Feed.select(table, row);
        Feed.choose(table.getMenu(), WidgetIds.COPY);
        String expected = "[" + table.getItem(row).getText(0) + "] frank: menu copy" + tag;
        assertEquals(expected, Paste.fromOtherProgram(), "what another program pastes");

        // Copy Text: the messages' words alone, a line each
        Feed.select(table, row, Ui.lastRowContaining("after" + tag, 5));
        Feed.choose(table.getMenu(), WidgetIds.COPY_TEXT);
        assertEquals("menu copy" + tag + System.lineSeparator() + "after" + tag, Paste.fromOtherProgram());
    }
}
