package org.chatroom.ui.internal.prefs;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

/** A password field whose value lives in secure storage ({@link Secrets}), not in the preference store. */
final class SecretFieldEditor extends StringFieldEditor {

    private static final char ECHO = '\u2022';

    SecretFieldEditor(String name, String label, Composite parent) {
        super(name, label, parent);
        getTextControl(parent).setEchoChar(ECHO);
    }

    @Override
    protected void doLoad() {
        getTextControl().setText(Secrets.get(getPreferenceName()));
    }

    @Override
    protected void doLoadDefault() {
        getTextControl().setText("");
    }

    @Override
    protected void doStore() {
        Secrets.put(getPreferenceName(), getStringValue());
    }
}
