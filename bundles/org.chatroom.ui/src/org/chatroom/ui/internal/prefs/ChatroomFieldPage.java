package org.chatroom.ui.internal.prefs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * A page of the Chatroom preferences: field editors in a grid, on preference node {@value ChatPreferences#NODE}, and
 * the port fields they share.
 */
abstract class ChatroomFieldPage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The page's fields, in order: the page's own list is not shared. */
    private final List<FieldEditor> fields = new ArrayList<>();

    ChatroomFieldPage(String description) {
        super(GRID);
        setDescription(description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // nothing: the fields read and write the preferences
    }

    @Override
    protected void addField(FieldEditor editor) {
        super.addField(editor);
        fields.add(editor);
    }

    /**
     * As the page does, and when a field mended cleared the message while another is still wrong, says what is wrong
     * there: OK and Apply stayed greyed without a word.
     */
    @Override
    protected void checkState() {
        super.checkState();
        if (!isValid() && getErrorMessage() == null) {
            fields.stream().filter(field -> !field.isValid() && field instanceof StringFieldEditor).findFirst()
                    .ifPresent(field -> setErrorMessage(((StringFieldEditor) field).getErrorMessage()));
        }
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
