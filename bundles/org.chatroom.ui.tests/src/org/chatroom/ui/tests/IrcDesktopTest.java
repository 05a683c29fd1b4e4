package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;

import org.chatroom.testing.InspircdServer;
import org.chatroom.testing.RawIrcUser;
import org.chatroom.ui.internal.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The desktop on an IRC network (a real InspIRCd): IRC chosen in the preferences with a channel to join, Connect,
 * and the channel's talk shows in the message list like a room's, both ways.
 */
class IrcDesktopTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void theDesktopJoinsTheIrcChannelOfItsPreferencesAndChatsThere() throws Exception {
        try (InspircdServer server = InspircdServer.start(); RawIrcUser bob = new RawIrcUser(server.port, "bob")) {
            bob.send("JOIN #desk");
            bob.await(line -> line.contains(" 366 "), WAIT);

            PreferenceDialog dialog = PreferencesDialogs.open();
            selectProtocol(dialog, Messages.prefProtocolIrc);
            PreferencesDialogs.set(dialog, Messages.prefIrcChannels, "#desk, chat");
            assertEquals(NLS.bind(Messages.errorIrcChannel, "chat"),
                    ((IPreferencePage) dialog.getSelectedPage()).getErrorMessage());
            PreferencesDialogs.set(dialog, Messages.prefIrcChannels, "#desk");
            PreferencesDialogs.set(dialog, Messages.prefHost, "127.0.0.1");
            PreferencesDialogs.set(dialog, Messages.prefPort, String.valueOf(server.port));
            PreferencesDialogs.set(dialog, Messages.prefNickname, "desky");
            PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);

            Ui.command(Chat.CONNECT_COMMAND);
            Ui.until("connected to the IRC server", () -> Ui.status().startsWith(Messages.stateConnected),
                    Ui::status);
            bob.await(line -> line.startsWith(":desky!") && line.contains("JOIN"), WAIT);
            bob.send("PRIVMSG #desk :hello from IRC");
            Ui.awaitRow("hello from IRC");
            Ui.typeAndEnter("hello from the desktop");
            bob.await(line -> line.startsWith(":desky!") && line.endsWith("PRIVMSG #desk :hello from the desktop"),
                    WAIT);
        }
    }

    /** Picks {@code choice} in the protocol drop-down, as the user would. */
    private static void selectProtocol(PreferenceDialog dialog, String choice) {
        Combo combo = comboAfter(dialog.getShell(), Messages.prefProtocol);
        assertNotNull(combo, "no protocol drop-down");
        combo.select(combo.indexOf(choice));
        combo.notifyListeners(SWT.Selection, new Event());
        Ui.spin(20);
    }

    private static Combo comboAfter(Control control, String label) {
        if (control instanceof Composite composite) {
            Control[] children = composite.getChildren();
            for (int i = 0; i < children.length; i++) {
                if (children[i] instanceof Label l && label.equals(l.getText()) && i + 1 < children.length
                        && children[i + 1] instanceof Combo combo) {
                    return combo;
                }
                Combo found = comboAfter(children[i], label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
