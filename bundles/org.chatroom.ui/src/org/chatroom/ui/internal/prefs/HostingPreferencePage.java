package org.chatroom.ui.internal.prefs;

import org.chatroom.ui.internal.Messages;
import org.eclipse.swt.widgets.Composite;

/**
 * Chatroom preferences, hosting: the room this computer hosts (its port, TLS port, ports for IRC clients and
 * password), which the Host Room dialog starts from.
 */
public final class HostingPreferencePage extends ChatroomFieldPage {

    public static final String ID = "org.chatroom.ui.preferences.hosting";

    public HostingPreferencePage() {
        super(Messages.prefHostingDescription);
    }

    @Override
    protected void createFieldEditors() {
        Composite page = getFieldEditorParent();
        addField(portField(ChatPreferences.HOSTING_PORT, Messages.prefHostingPort, Messages.errorHostingPort, page));
        addField(optionalPort(ChatPreferences.HOSTING_TLS_PORT, Messages.prefHostingTlsPort,
                Messages.errorHostingTlsPort, page));
        addField(optionalPort(ChatPreferences.HOSTING_IRC_PORT, Messages.prefHostingIrcPort,
                Messages.errorHostingIrcPort, page));
        addField(optionalPort(ChatPreferences.HOSTING_IRC_TLS_PORT, Messages.prefHostingIrcTlsPort,
                Messages.errorHostingIrcPort, page));
        addField(new SecretFieldEditor(ChatPreferences.HOSTING_PASSWORD, Messages.prefHostingPassword, page));
    }
}
