package org.chatroom.ui.internal.prefs;

import java.util.function.UnaryOperator;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

/** A text field whose value is checked on every keystroke; the check returns the message to show, or null. */
final class CheckedStringFieldEditor extends StringFieldEditor {

    private final UnaryOperator<String> check;

    CheckedStringFieldEditor(String name, String label, Composite parent, UnaryOperator<String> check) {
        super(name, label, parent);
        this.check = check;
        setValidateStrategy(VALIDATE_ON_KEY_STROKE);
    }

    @Override
    protected boolean doCheckState() {
        String problem = check.apply(getStringValue());
        setErrorMessage(problem);
        return problem == null;
    }
}
