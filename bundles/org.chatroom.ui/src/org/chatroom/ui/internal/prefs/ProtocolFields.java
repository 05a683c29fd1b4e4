package org.chatroom.ui.internal.prefs;

import java.util.List;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.widgets.Composite;

/**
 * The connection fields that depend on the protocol chosen: the IRC channels and SASL account are offered while it is
 * IRC and greyed out otherwise, and a port left at the protocol's usual one (53000; IRC's 6667, 6697 with TLS) follows
 * a change of protocol or TLS to the usual one of the new choice, while a port the user chose stays.
 */
final class ProtocolFields {

    private final ComboFieldEditor protocol;
    private final IntegerFieldEditor port;
    private final BooleanFieldEditor tls;
    private final List<FieldEditor> ircOnly;
    private final Composite section;
    /** The protocol chosen in the drop-down, as stored ({@link IrcPreferences#IRC} or not). */
    private String chosen = IrcPreferences.CHATROOM;

    /** The editors, made in {@code section}. */
    ProtocolFields(ComboFieldEditor protocol, IntegerFieldEditor port, BooleanFieldEditor tls,
            List<FieldEditor> ircOnly, Composite section) {
        this.protocol = protocol;
        this.port = port;
        this.tls = tls;
        this.ircOnly = List.copyOf(ircOnly);
        this.section = section;
    }

    /** The editors show {@code stored}, the protocol as loaded or restored to its default. */
    void loaded(String stored) {
        chosen = stored;
        showIrcFields();
    }

    /** One of the page's editors changed its value. */
    void changed(PropertyChangeEvent event) {
        if (!FieldEditor.VALUE.equals(event.getProperty())) {
            return;
        }
        if (event.getSource() == protocol) {
            String before = chosen;
            chosen = String.valueOf(event.getNewValue());
            followUsualPort(before, tls.getBooleanValue(), tls.getBooleanValue());
            showIrcFields();
        } else if (event.getSource() == tls) {
            boolean now = Boolean.TRUE.equals(event.getNewValue());
            followUsualPort(chosen, !now, now);
        }
    }

    private void followUsualPort(String protocolBefore, boolean tlsBefore, boolean tlsNow) {
        String usualBefore = String.valueOf(IrcPreferences.usualPort(protocolBefore, tlsBefore));
        if (port.getStringValue().trim().equals(usualBefore)) {
            port.setStringValue(String.valueOf(IrcPreferences.usualPort(chosen, tlsNow)));
        }
    }

    private void showIrcFields() {
        boolean irc = IrcPreferences.IRC.equals(chosen);
        for (FieldEditor editor : ircOnly) {
            editor.setEnabled(irc, section);
        }
    }
}
