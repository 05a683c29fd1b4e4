package org.chatroom.ui.internal.prefs;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

/** A text field that does not show what is typed; empty means no password. */
final class PasswordFieldEditor extends StringFieldEditor {

    private static final char ECHO = '\u2022';

    PasswordFieldEditor(String name, String label, Composite parent) {
        super(name, label, parent);
        getTextControl(parent).setEchoChar(ECHO);
    }
}
