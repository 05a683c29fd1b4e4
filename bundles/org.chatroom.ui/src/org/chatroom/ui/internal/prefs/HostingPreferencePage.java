package org.chatroom.ui.internal.prefs;

import org.chatroom.ui.internal.Messages;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Chatroom preferences, hosting: the room this computer hosts (its port, TLS port, ports for IRC clients and
 * password), which the Host Room dialog starts from.
 */
public final class HostingPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.chatroom.ui.preferences.hosting";

    public HostingPreferencePage() {
        super(GRID);
        setDescription(Messages.prefHostingDescription);
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
        addField(ChatPreferencePage.portField(ChatPreferences.HOSTING_PORT, Messages.prefHostingPort,
                Messages.errorHostingPort, page));
        addField(ChatPreferencePage.optionalPort(ChatPreferences.HOSTING_TLS_PORT, Messages.prefHostingTlsPort,
                Messages.errorHostingTlsPort, page));
        addField(ChatPreferencePage.optionalPort(ChatPreferences.HOSTING_IRC_PORT, Messages.prefHostingIrcPort,
                Messages.errorHostingIrcPort, page));
        addField(ChatPreferencePage.optionalPort(ChatPreferences.HOSTING_IRC_TLS_PORT, Messages.prefHostingIrcTlsPort,
                Messages.errorHostingIrcPort, page));
        addField(new SecretFieldEditor(ChatPreferences.HOSTING_PASSWORD, Messages.prefHostingPassword, page));
    }
}
