package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import org.chatroom.ui.internal.prefs.ChatPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.chatroom.ui.internal.views.WidgetTree;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;

/**
 * Opens the workbench preference dialog on a Chatroom page (the main one by default) without blocking, and fills it
 * like a user.
 */
final class PreferencesDialogs {

    private PreferencesDialogs() {
    }

    static PreferenceDialog open() {
        return open(ChatPreferencePage.ID);
    }

    /** Opens the dialog on the page {@code id} (showing only it). */
    static PreferenceDialog open(String id) {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Ui.window().getShell(), id,
                new String[] { id }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Ui.spin(50);
        return dialog;
    }

    /** Types {@code value} into the text field labelled {@code label}. */
    static void set(PreferenceDialog dialog, String label, String value) {
        Text text = after(dialog.getShell(), label, Text.class);
        if (text == null) {
            fail("no field labelled " + label);
        }
        text.setFocus();
        text.setText(value);
        Event key = new Event();
        key.character = value.isEmpty() ? SWT.BS : value.charAt(value.length() - 1);
        text.notifyListeners(SWT.KeyDown, key);
        text.notifyListeners(SWT.KeyUp, key);
        Ui.spin(20);
    }

    /** The text field labelled {@code label}. */
    static Text field(PreferenceDialog dialog, String label) {
        Text text = after(dialog.getShell(), label, Text.class);
        return text != null ? text : fail("no field labelled " + label);
    }

    /** Picks {@code choice} in the drop-down labelled {@code label}, as the user would. */
    static void choose(PreferenceDialog dialog, String label, String choice) {
        Combo combo = after(dialog.getShell(), label, Combo.class);
        if (combo == null || combo.indexOf(choice) < 0) {
            fail("no drop-down labelled " + label + " offering " + choice);
        }
        combo.select(combo.indexOf(choice));
        combo.notifyListeners(SWT.Selection, new Event());
        Ui.spin(20);
    }

    /** Ticks the check box labelled {@code label}, as a click would. */
    static void check(PreferenceDialog dialog, String label) {
        click(dialog, label, true);
    }

    /** Ticks or clears the check box labelled {@code label}, whichever it is not, as a click would. */
    static void toggle(PreferenceDialog dialog, String label) {
        Button box = checkBox(dialog.getShell(), label);
        click(dialog, label, box == null || !box.getSelection());
    }

    private static void click(PreferenceDialog dialog, String label, boolean ticked) {
        Button box = checkBox(dialog.getShell(), label);
        if (box == null) {
            fail("no check box labelled " + label);
        }
        box.setSelection(ticked);
        box.notifyListeners(SWT.Selection, new Event());
        Ui.spin(20);
    }

    private static Button checkBox(Control control, String label) {
        return WidgetTree.first(control, Button.class,
                button -> (button.getStyle() & SWT.CHECK) != 0 && label.equals(button.getText()));
    }

    static Button button(PreferenceDialog dialog, int id) {
        Button found = Chat.button(dialog.getShell(), id); // dialog buttons carry their id as data
        return found != null ? found : fail("no button with id " + id);
    }

    static void press(PreferenceDialog dialog, int id) {
        button(dialog, id).notifyListeners(SWT.Selection, new Event());
        Ui.spin(50);
    }

    /** The control of {@code type} right after the label {@code label}, as field editors place them. */
    private static <T extends Control> T after(Control control, String label, Class<T> type) {
        if (control instanceof Composite composite) {
            Control[] children = composite.getChildren();
            for (int i = 0; i < children.length; i++) {
                if (children[i] instanceof Label l && label.equals(l.getText()) && i + 1 < children.length
                        && type.isInstance(children[i + 1])) {
                    return type.cast(children[i + 1]);
                }
                T found = after(children[i], label, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
