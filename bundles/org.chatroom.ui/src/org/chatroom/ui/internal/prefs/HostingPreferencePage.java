package org.chatroom.ui.internal.prefs;

import org.chatroom.ui.internal.Messages;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
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

    private IntegerFieldEditor tlsPort;
    private IntegerFieldEditor ircPort;
    private IntegerFieldEditor ircTlsPort;

    @Override
    protected void createFieldEditors() {
        Composite page = getFieldEditorParent();
        addField(portField(ChatPreferences.HOSTING_PORT, Messages.prefHostingPort, Messages.errorHostingPort, page));
        tlsPort = optionalPort(ChatPreferences.HOSTING_TLS_PORT, Messages.prefHostingTlsPort,
                Messages.errorHostingTlsPort, page);
        addField(tlsPort);
        ircPort = optionalPort(ChatPreferences.HOSTING_IRC_PORT, Messages.prefHostingIrcPort,
                Messages.errorHostingIrcPort, page);
        addField(ircPort);
        ircTlsPort = optionalPort(ChatPreferences.HOSTING_IRC_TLS_PORT, Messages.prefHostingIrcTlsPort,
                Messages.errorHostingIrcPort, page);
        addField(ircTlsPort);
        addField(new SecretFieldEditor(ChatPreferences.HOSTING_PASSWORD, Messages.prefHostingPassword, page));
    }

    @Override
    protected void initialize() {
        super.initialize();
        ircTlsFollows();
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        super.propertyChange(event);
        if (FieldEditor.VALUE.equals(event.getProperty())) {
            ircTlsFollows();
        }
    }

    /**
     * The port for IRC clients over TLS is used only with both a TLS port and a port for IRC clients: offered only
     * then (it showed 6697 while nothing would listen there, as the Host Room dialog greys it out).
     */
    private void ircTlsFollows() {
        ircTlsPort.setEnabled(port(tlsPort) > 0 && port(ircPort) > 0, getFieldEditorParent());
    }

    private static int port(IntegerFieldEditor field) {
        try {
            return field.getIntValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
