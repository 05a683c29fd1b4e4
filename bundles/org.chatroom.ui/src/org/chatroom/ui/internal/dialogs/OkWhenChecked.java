package org.chatroom.ui.internal.dialogs;

import java.util.Arrays;

import org.chatroom.ui.internal.views.WidgetTree;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * A {@link ListSelectionDialog}'s OK button, offered only while something is checked: the dialog leaves it enabled
 * with nothing checked (Lift with no ban chosen closed the dialog having done nothing). Follows the check boxes and
 * the dialog's Select All and Deselect All, whose own listeners run first.
 */
public final class OkWhenChecked {

    private OkWhenChecked() {
    }

    /** Creates {@code dialog}'s shell and ties its OK button to the check boxes; then {@code open()} it. */
    public static void apply(ListSelectionDialog dialog) {
        dialog.create();
        Shell shell = dialog.getShell();
        Button ok = shell.getDefaultButton();
        Table table = WidgetTree.first(shell, Table.class, any -> true);
        if (ok == null || table == null) {
            return; // another layout of the dialog: it keeps its own behaviour
        }
        Runnable update = () -> ok.setEnabled(Arrays.stream(table.getItems()).anyMatch(TableItem::getChecked));
        table.addListener(SWT.Selection, event -> update.run());
        for (Button button : WidgetTree.all(shell, Button.class)) {
            if (button != ok) {
                button.addListener(SWT.Selection, event -> update.run());
            }
        }
        update.run();
    }
}
