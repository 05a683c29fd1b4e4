package org.chatroom.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
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
        Table table = find(shell, Table.class);
        if (ok == null || table == null) {
            return; // another layout of the dialog: it keeps its own behaviour
        }
        Runnable update = () -> ok.setEnabled(Arrays.stream(table.getItems()).anyMatch(TableItem::getChecked));
        table.addListener(SWT.Selection, event -> update.run());
        for (Button button : buttons(shell)) {
            if (button != ok) {
                button.addListener(SWT.Selection, event -> update.run());
            }
        }
        update.run();
    }

    private static <T extends Control> T find(Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<Button> buttons(Control control) {
        List<Button> all = new ArrayList<>();
        if (control instanceof Button button) {
            all.add(button);
        } else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                all.addAll(buttons(child));
            }
        }
        return all;
    }
}
