package org.chatroom.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * A page of the Chatroom preferences: field editors in a grid, on preference node {@value ChatPreferences#NODE}, and
 * the port fields they share.
 */
abstract class ChatroomFieldPage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    ChatroomFieldPage(String description) {
        super(GRID);
        setDescription(description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // nothing: the fields read and write the preferences
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, ChatPreferences.NODE);
    }

    /** A port from 1 to 65535. */
    static IntegerFieldEditor portField(String key, String label, String error, Composite parent) {
        IntegerFieldEditor field = new IntegerFieldEditor(key, label, parent, 5);
        field.setValidRange(1, 65535);
        field.setErrorMessage(error);
        return field;
    }

    /** A port that may be 0, for a listener that is off. */
    static IntegerFieldEditor optionalPort(String key, String label, String error, Composite parent) {
        IntegerFieldEditor field = portField(key, label, error, parent);
        field.setValidRange(0, 65535); // setting the range resets the error text
        field.setErrorMessage(error);
        return field;
    }
}
