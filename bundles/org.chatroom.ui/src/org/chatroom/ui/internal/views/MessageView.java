package org.chatroom.ui.internal.views;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * One conversation's rows as the user reads them: the list, the bar back to the newest rows, and the reader that
 * shows the selected rows in full. Knows nothing of rooms or clients, so a room or a private conversation each
 * get one.
 */
final class MessageView {

    private final MessageTable table;
    private final MessageReader reader;

    MessageView(Composite parent, int capacity, Supplier<LinkLauncher> launcher) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        box.setLayout(layout);
        table = new MessageTable(box, capacity);
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new JumpBar(box, table);
        Supplier<LinkLauncher> telling = () -> url -> opened(launcher.get().open(url), url);
        reader = new MessageReader(box, telling);
        new MessageMenu(table, telling);
        new TableLinks(table, telling);
        table.table().addListener(SWT.Selection, e -> reader.show(table.selected()));
    }

    /** Says in the list when the desktop opened no program for a link: a click that does nothing looks broken. */
    private boolean opened(boolean opened, String url) {
        if (!opened) {
            table.append(List.of(new RowFormatter().local(NLS.bind(ViewTexts.linkNotOpened, url))));
        }
        return opened;
    }

    MessageTable table() {
        return table;
    }

    void append(List<MessageRow> rows) {
        table.append(rows);
    }

    void setFocus() {
        table.setFocus();
    }
}
