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

    private IntegerFieldEditor port;
    private IntegerFieldEditor tlsPort;
    private IntegerFieldEditor ircPort;
    private IntegerFieldEditor ircTlsPort;

    @Override
    protected void createFieldEditors() {
        Composite page = getFieldEditorParent();
        port = portField(ChatPreferences.HOSTING_PORT, Messages.prefHostingPort, Messages.errorHostingPort, page);
        addField(port);
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
            checkState();
        }
    }

    /**
     * As the page does, and the ports must differ, as the Host Room dialog says: a TLS port equal to the room's was
     * accepted here, and Host Room then offered no TLS without a word.
     */
    @Override
    protected void checkState() {
        super.checkState();
        if (port == null || !isValid()) {
            return; // the fields are not made yet, or one says what is wrong with it
        }
        // as the Host Room dialog checks them (the IRC TLS port only when it is used)
        HostChoice ports = new HostChoice(port(port), false, "", port(tlsPort), port(ircPort), port(ircTlsPort));
        if (!ports.portsDistinct()) {
            setErrorMessage(Messages.errorHostingSamePort);
            setValid(false);
        } else if (Messages.errorHostingSamePort.equals(getErrorMessage())) {
            setErrorMessage(null);
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
