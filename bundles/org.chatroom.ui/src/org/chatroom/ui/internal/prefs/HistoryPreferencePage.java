package org.chatroom.ui.internal.prefs;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.privates.PrivateArchive;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Chatroom preferences, history: what this computer keeps of the chat (the chat log, the private conversations) and
 * how many messages each list keeps.
 */
public final class HistoryPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.chatroom.ui.preferences.history";

    public HistoryPreferencePage() {
        super(GRID);
        setDescription(Messages.prefHistoryDescription);
    }

    @Override
    public void init(IWorkbench workbench) {
        // nothing: the fields read and write the preferences
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, ChatPreferences.NODE);
    }

    @Override
    protected void createFieldEditors() {
        Composite page = getFieldEditorParent();
        addField(new BooleanFieldEditor(ChatPreferences.LOG_ENABLED, Messages.prefLogEnabled, page));
        addField(new BooleanFieldEditor(ChatPreferences.KEEP_PRIVATES,
                NLS.bind(Messages.prefKeepPrivates, PrivateArchive.KEEP), page));
        IntegerFieldEditor scrollback = new IntegerFieldEditor(ChatPreferences.SCROLLBACK, Messages.prefScrollback,
                page, 7);
        scrollback.setValidRange(ChatPreferences.MIN_SCROLLBACK, ChatPreferences.MAX_SCROLLBACK);
        scrollback.setErrorMessage(Messages.errorScrollback);
        addField(scrollback);
    }
}
