package org.chatroom.ui.internal.prefs;

import org.chatroom.ui.internal.Messages;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

/**
 * Chatroom preferences, history: what this computer keeps of the chat (the chat log, the private conversations) and
 * how many messages each list keeps.
 */
public final class HistoryPreferencePage extends ChatroomFieldPage {

    public static final String ID = "org.chatroom.ui.preferences.history";

    public HistoryPreferencePage() {
        super(Messages.prefHistoryDescription);
    }

    @Override
    protected void createFieldEditors() {
        Composite page = getFieldEditorParent();
        addField(new BooleanFieldEditor(ChatPreferences.LOG_ENABLED, Messages.prefLogEnabled, page));
        addField(new BooleanFieldEditor(ChatPreferences.KEEP_PRIVATES,
                NLS.bind(Messages.prefKeepPrivates, ChatPreferences.PRIVATES_KEPT), page));
        IntegerFieldEditor scrollback = new IntegerFieldEditor(ChatPreferences.SCROLLBACK, Messages.prefScrollback,
                page, 7);
        scrollback.setValidRange(ChatPreferences.MIN_SCROLLBACK, ChatPreferences.MAX_SCROLLBACK);
        scrollback.setErrorMessage(Messages.errorScrollback);
        addField(scrollback);
    }
}
