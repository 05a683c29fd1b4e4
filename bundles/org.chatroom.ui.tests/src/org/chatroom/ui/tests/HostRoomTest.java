package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.RawMember;
import org.chatroom.testing.Services;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.dialogs.HostRoomDialog;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.views.ViewTexts;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Host Room from the command, a second member on a raw socket, messages both ways, Stop Hosting. */
class HostRoomTest {

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void hostAChatWithAnOriginalClientAndStop() throws Exception {
        int port = Chat.freePort();
        Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, port);
        Chat.prefs().put(ChatPreferences.NICKNAME, "hostess");

        assertTrue(Ui.enabled(Chat.HOST_COMMAND), "Host Room is offered");
        assertFalse(Ui.enabled(Chat.STOP_COMMAND), "Stop Hosting is not offered before hosting");
        assertFalse(Ui.enabled(Chat.DISCONNECT_COMMAND), "Disconnect is not offered before connecting");
        Chat.host();
        Ui.until("the status line to say connected", () -> Ui.status().startsWith(Messages.stateConnected),
                Ui::status);
        assertFalse(Ui.enabled(Chat.HOST_COMMAND), "Host Room is not offered while hosting");
        assertTrue(Ui.enabled(Chat.STOP_COMMAND), "Stop Hosting is offered while hosting");
        assertTrue(Ui.enabled(Chat.DISCONNECT_COMMAND), "Disconnect is offered while connected");
        assertTrue(Ui.hosting().endsWith(":" + port), "the status line says where others connect: " + Ui.hosting());
        Ui.awaitRow("(port " + port + ")");

        try (RawMember bob = RawMember.join(port, "bob", Ui::until)) {
            Ui.awaitRow(NLS.bind(Messages.joined, "bob"));
            Ui.until("bob in the member list", () -> Members.names().size() == 2, () -> Members.names().toString());
            assertEquals(List.of("bob", NLS.bind(ViewTexts.memberSelf, "hostess")), Members.shown());
            MPart view = Ui.window().getService(EPartService.class).findPart("org.chatroom.ui.view.members");
            assertEquals("Members (2)", view.getLabel(), "the view's title counts them");

            bob.send("hello hostess, nice room");
            Ui.awaitRow("hello hostess, nice room");
            Table table = Ui.messages();
            int mention = Ui.lastRowContaining("hello hostess, nice room", 10);
            assertEquals("bob", table.getItem(mention).getText(1));
            assertTrue((table.getItem(mention).getFont().getFontData()[0].getStyle() & SWT.BOLD) != 0,
                    "a message naming me is highlighted");
            var mentionColour = table.getItem(mention).getForeground();

            Ui.typeAndEnter("thanks bob");
            Ui.until("bob to get my message", () -> bob.saw("hostess: thanks bob"), bob::received);
            Ui.awaitRow("thanks bob");
            int own = Ui.lastRowContaining("thanks bob", 10);
            assertNotEquals(mentionColour, table.getItem(own).getForeground(),
                    "my own messages have their own colour");
            Text input = Ui.widget(Text.class, WidgetIds.INPUT);
            assertEquals("", input.getText(), "a sent line leaves the field");
            Ui.key(input, SWT.ARROW_UP);
            assertEquals("thanks bob", input.getText(), "Up recalls the line sent before");
            Ui.key(input, SWT.ARROW_DOWN);
            assertEquals("", input.getText(), "Down goes back to the empty draft");

            // Disconnect and Connect while hosting: the room hosted here again (it was joined last), where no
            // remote room was ever chosen, not the question where the room is
            Ui.command(Chat.DISCONNECT_COMMAND);
            Ui.until("bob to see hostess leave", () -> bob.saw("hostess left the chat"), bob::received);
            Ui.until("the status line to say disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected),
                    Ui::status);
            assertFalse(ChatPreferences.remoteRoomChosen());
            Ui.command(Chat.CONNECT_COMMAND);
            Ui.until("bob to see hostess back", () -> bob.saw("hostess joined the chat"), bob::received);
            Rooms.awaitJoined(Rooms.DEFAULT);
            assertTrue(Ui.hosting().endsWith(":" + port), "still hosting: " + Ui.hosting());

            Ui.command(Chat.STOP_COMMAND);
            Ui.until("bob to hear the room close", () -> bob.saw(Messages.roomClosedReason) && bob.closedByRoom(),
                    bob::received);
            Ui.until("the status line to say disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected),
                    Ui::status);
            Ui.until("the hosting address to go", () -> Ui.hosting().isEmpty(), Ui::hosting);
            Ui.awaitRow(Messages.hostingStopped);
            assertTrue(Ui.enabled(Chat.HOST_COMMAND), "Host Room is offered again");
            assertFalse(Ui.enabled(Chat.STOP_COMMAND), "Stop Hosting is no longer offered");
        }
    }

    @Test
    void hostingWithATlsPortShowsWhereAndTheCertificateFingerprint() throws Exception {
        int port = Chat.freePort();
        int tlsPort = Chat.freePort();
        Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, port);
        Chat.prefs().putInt(ChatPreferences.HOSTING_TLS_PORT, tlsPort);
        Chat.prefs().put(ChatPreferences.NICKNAME, "hostess");
        Chat.host();
        Ui.until("the status line to say connected", () -> Ui.status().startsWith(Messages.stateConnected),
                Ui::status);
        Ui.awaitRow("port " + tlsPort + ".");
        // the room's history on joining (kept across runs in the workspace) may follow the notice: as far as awaitRow
        String notice = Ui.row(Ui.messages(), Ui.lastRowContaining("port " + tlsPort + ".", 200));
        assertTrue(notice.matches("(?s).*TLS.*([0-9A-F]{2}:){31}[0-9A-F]{2}.*"),
                "the host is shown the TLS port and the certificate's SHA-256 fingerprint: " + notice);
        var tls = Services.require(org.chatroom.api.room.RoomHost.class, null).tlsListener().orElseThrow();
        assertTrue(notice.contains(tls.fingerprint()), "the fingerprint shown is the room's: " + notice);
    }

    /**
     * IRC chosen in the dialog: the room lets IRC clients in on that port (its rooms are the channels) for this run,
     * the host is told where, an IRC user and the host talk, and Stop Hosting closes IRC too. The choice is
     * remembered; a port used twice is refused in the dialog.
     */
    @Test
    void hostingWithIrcLetsIrcClientsIn() throws Exception {
        int port = Chat.freePort();
        int ircPort = Chat.freePort();
        Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, port);
        Chat.prefs().put(ChatPreferences.NICKNAME, "hostess");
        int ircTlsPort = Chat.freePort();
        Chat.prefs().putInt(ChatPreferences.HOSTING_IRC_TLS_PORT, ircTlsPort); // chosen on an earlier run with TLS
        Ui.command(Chat.HOST_COMMAND);
        Shell dialog = Chat.hostDialog();
        assertEquals(String.valueOf(ircTlsPort), Ui.widget(Text.class, HostRoomDialog.IRC_TLS_PORT).getText());
        Text ircPortField = Ui.widget(Text.class, HostRoomDialog.IRC_PORT);
        assertFalse(ircPortField.isEnabled(), "IRC is off until chosen");
        Button irc = Ui.widget(Button.class, HostRoomDialog.IRC);
        Label ircTls = Ui.widget(Label.class, HostRoomDialog.IRC_TLS_LABEL);
        assertFalse(ircTls.isEnabled(), "greyed with its field (it looked like a choice of its own)");
        assertTrue(ircTls.getBounds().x > irc.getBounds().x, "its words under the check boxes' words, not under their"
                + " boxes: " + ircTls.getBounds() + " under " + irc.getBounds());
        irc.setSelection(true);
        irc.notifyListeners(SWT.Selection, new Event());
        assertTrue(ircPortField.isEnabled());
        assertEquals("6667", ircPortField.getText(), "IRC's usual port is offered");
        ircPortField.setText(String.valueOf(port));
        assertFalse(Chat.button(dialog, IDialogConstants.OK_ID).isEnabled(), "one port for the room and IRC");
        ircPortField.setText(String.valueOf(ircPort));
        assertTrue(Chat.button(dialog, IDialogConstants.OK_ID).isEnabled());
        String share = Ui.widget(Text.class, HostRoomDialog.ADDRESSES).getText();
        assertTrue(share.contains(":" + port) && share.contains("IRC") && share.contains(":" + ircPort),
                "the addresses to share name IRC's: " + share);
        Chat.press(dialog, IDialogConstants.OK_ID);

        Ui.until("the status line to say connected", () -> Ui.status().startsWith(Messages.stateConnected),
                Ui::status);
        Ui.awaitRow("IRC clients connect to");
        String notice = Ui.row(Ui.messages(), Ui.lastRowContaining("IRC clients connect to", 200));
        assertTrue(notice.contains("port " + ircPort), "the host is told IRC's port: " + notice);
        assertEquals(ircPort, Chat.prefs().getInt(ChatPreferences.HOSTING_IRC_PORT, 0), "the choice is remembered");
        assertEquals(ircTlsPort, Chat.prefs().getInt(ChatPreferences.HOSTING_IRC_TLS_PORT, 0),
                "and the IRC TLS port, unused without TLS, for the next time with TLS");
        Ui.until("the status line to name IRC's port", () -> Ui.hosting().endsWith("; IRC on port " + ircPort),
                Ui::hosting);

        try (RawIrcClient bob = RawIrcClient.register(new InetSocketAddress("127.0.0.1", ircPort), "bob")) {
            bob.send("JOIN #general");
            bob.await(" 366 bob #general ");
            Ui.awaitRow(NLS.bind(Messages.joined, "bob"));
            bob.send("PRIVMSG #general :hello from IRC");
            Ui.awaitRow("hello from IRC");
            Ui.typeAndEnter("hello bob on IRC");
            assertTrue(bob.await("PRIVMSG #general").endsWith(":hello bob on IRC"));

            Ui.command(Chat.STOP_COMMAND);
            Ui.until("the room to stop", () -> Ui.hosting().isEmpty(), Ui::hosting); // the UI thread runs meanwhile
            List<String> last = bob.readToEnd();
            assertTrue(last.stream().anyMatch(line -> line.startsWith("ERROR :")), "IRC closes with the room: " + last);
        }
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", ircPort).close(),
                "IRC no longer listens");
    }

    /**
     * The IRC client over TLS to a host's IRC listener, whose certificate is self-signed: refused with what to do
     * until the certificate's fingerprint, which the host was shown, is set in the preferences (a malformed one is
     * refused there); then it connects and talks. The host here is this desktop's own room.
     */
    @Test
    void ircOverTlsToAHostTrustsTheCertificateByTheFingerprintSet() throws Exception {
        int ircTlsPort = Chat.freePort();
        Chat.prefs().putInt(ChatPreferences.HOSTING_TLS_PORT, Chat.freePort());
        Chat.prefs().putInt(ChatPreferences.HOSTING_IRC_PORT, Chat.freePort());
        Chat.prefs().putInt(ChatPreferences.HOSTING_IRC_TLS_PORT, ircTlsPort);
        Chat.host("hosty");
        Ui.awaitRow(NLS.bind(Messages.hostingIrcTls, String.valueOf(ircTlsPort)));
        Ui.until("the status line to name IRC's ports", () -> Ui.hosting().endsWith(" and " + ircTlsPort + " (TLS)"),
                Ui::hosting);
        String fingerprint = Services.require(org.chatroom.api.room.RoomHost.class, null).tlsListener().orElseThrow()
                .fingerprint();
        Chat.disconnect(Services.require(org.chatroom.api.client.ChatClient.class, null));

        PreferenceDialog dialog = PreferencesDialogs.open();
        PreferencesDialogs.choose(dialog, Messages.prefProtocol, Messages.prefProtocolIrc);
        PreferencesDialogs.check(dialog, Messages.prefUseTls);
        PreferencesDialogs.set(dialog, Messages.prefHost, "127.0.0.1");
        PreferencesDialogs.set(dialog, Messages.prefPort, String.valueOf(ircTlsPort));
        PreferencesDialogs.set(dialog, Messages.prefIrcChannels, "#general");
        PreferencesDialogs.set(dialog, Messages.prefNickname, "desky");
        PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);
        Ui.command(Chat.CONNECT_COMMAND);
        Ui.awaitRow("not signed by an authority");

        dialog = PreferencesDialogs.open();
        PreferencesDialogs.set(dialog, Messages.prefIrcFingerprint, "AB:CD");
        assertEquals(Messages.errorIrcFingerprint, ((IPreferencePage) dialog.getSelectedPage()).getErrorMessage());
        PreferencesDialogs.set(dialog, Messages.prefIrcFingerprint, fingerprint);
        PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);
        Ui.command(Chat.CONNECT_COMMAND);
        Ui.until("connected over TLS", () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
        Rooms.awaitTab("#general");
        Ui.typeAndEnter("hello over the pinned certificate");
        Rooms.awaitRow(Rooms.table("#general"), "hello over the pinned certificate");
    }

    /**
     * Found in the product: the addresses field was drawn without its bottom edge (GTK draws none under a wrapping
     * field without a vertical scroll bar, whatever its height).
     */
    @Test
    void theAddressesFieldIsDrawnWhole() throws Exception {
        Ui.command(Chat.HOST_COMMAND);
        Shell dialog = Chat.hostDialog();
        try {
            Text addresses = Ui.widget(Text.class, HostRoomDialog.ADDRESSES);
            Ui.spin(300);
            assertTrue(inside(addresses), "inside the dialog: " + addresses.getBounds() + " in "
                    + addresses.getParent().getClientArea());
            // the field's last row has the colour of its left edge (its border), as seen in the dialog
            Rectangle bounds = addresses.getBounds();
            ImageData field = Ui.pixels(addresses.getParent(), bounds);
            RGB border = field.palette.getRGB(field.getPixel(0, bounds.height / 2));
            ImageData bottom = Ui.pixels(addresses.getParent(),
                    new Rectangle(bounds.x + 8, bounds.y + bounds.height - 1, bounds.width - 16, 1));
            int edge = Ui.pixelsOf(bottom, border, 24);
            assertTrue(edge > bottom.width / 2, "the field's bottom edge is drawn: " + edge + " of " + bottom.width
                    + " pixels of its last row have its left edge's colour " + border);
        } finally {
            Chat.press(dialog, IDialogConstants.CANCEL_ID);
        }
    }

    /**
     * The dialog opens in the port field, its number selected: a user typing a port at once typed into a radio button
     * (GTK gave it the focus), and Enter then hosted on the port shown before.
     */
    @Test
    void theDialogOpensInThePortFieldSelected() throws Exception {
        Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, 53123);
        Ui.command(Chat.HOST_COMMAND);
        Shell dialog = Chat.hostDialog();
        try {
            Text port = Ui.widget(Text.class, HostRoomDialog.PORT);
            Ui.until("the port field focused", () -> port.isFocusControl(),
                    () -> String.valueOf(Ui.display().getFocusControl()));
            assertEquals("53123", port.getSelectionText(), "typing replaces the port shown");
        } finally {
            Chat.press(dialog, IDialogConstants.CANCEL_ID);
        }
    }

    /** Whether {@code control} lies whole in its parent, and its parent in the shell's client area. */
    private static boolean inside(Control control) {
        for (Control c = control; !(c instanceof Shell); c = c.getParent()) {
            Rectangle area = c.getParent().getClientArea();
            Rectangle bounds = c.getBounds();
            if (bounds.y + bounds.height > area.y + area.height || bounds.x + bounds.width > area.x + area.width) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aTakenIrcPortIsExplainedAndTheRoomRuns() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Chat.prefs().putInt(ChatPreferences.HOSTING_IRC_PORT, taken.getLocalPort());
            Chat.host("hostess");
            Ui.awaitRow(NLS.bind(Messages.hostingIrcPortTaken, String.valueOf(taken.getLocalPort())));
            assertTrue(Ui.status().startsWith(Messages.stateConnected), "the room runs: " + Ui.status());
        }
    }

    @Test
    void aTakenPortIsExplainedAndNothingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, port);
            Chat.host();
            // said as the user can act on it, not as the exception's "Address already in use"
            Ui.awaitRow(NLS.bind(Messages.hostingPortTaken, String.valueOf(port)));
            assertTrue(Ui.status().startsWith(Messages.stateDisconnected), Ui.status());
            assertEquals("", Ui.hosting(), "no hosting address is shown");
            assertTrue(Ui.enabled(Chat.HOST_COMMAND), "the user can try again");
        }
    }
}
