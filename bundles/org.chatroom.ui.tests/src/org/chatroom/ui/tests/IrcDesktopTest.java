package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.chatroom.testing.InspircdServer;
import org.chatroom.testing.RawIrcUser;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.dialogs.PasswordDialog;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.IrcPreferences;
import org.chatroom.ui.internal.prefs.KeptRooms;
import org.chatroom.ui.internal.prefs.RoomPasswords;
import org.chatroom.ui.internal.rooms.RoomTexts;
import org.chatroom.ui.internal.rooms.SearchDialog;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The desktop on an IRC network (a real InspIRCd): IRC chosen in the preferences with a channel to join, Connect,
 * and the channel's talk shows in the message list like a room's, both ways. With several channels to join, the first
 * stays shown (it showed the last one joined); a channel the user joins is shown. The server's welcome and MOTD have
 * a tab of their own.
 */
class IrcDesktopTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    /** Connects as desky to {@code server}, joining {@code channels}, set in the preferences as a user sets them. */
    private static void connect(InspircdServer server, String channels) {
        Chat.prefs().put(IrcPreferences.PROTOCOL, IrcPreferences.IRC);
        Chat.prefs().put(IrcPreferences.CHANNELS, channels);
        Chat.prefs().put(ChatPreferences.HOST, "127.0.0.1");
        Chat.prefs().putInt(ChatPreferences.PORT, server.port);
        Chat.prefs().put(ChatPreferences.NICKNAME, "desky");
        Ui.command(Chat.CONNECT_COMMAND);
    }

    @Test
    void theFirstChannelToJoinStaysShownAndAChannelTheUserJoinsIsShown() throws Exception {
        try (InspircdServer server = InspircdServer.start(); RawIrcUser bob = new RawIrcUser(server.port, "bob")) {
            bob.send("JOIN #first,#second,#third");
            bob.await(line -> line.contains(" 366 ") && line.contains("#third"), WAIT);
            connect(server, "#first, #second");
            bob.await(line -> line.startsWith(":desky!") && line.contains("JOIN") && line.contains("#second"), WAIT);
            Rooms.awaitTab("#second");
            assertEquals(Rooms.tab("#first"), Rooms.folder().getSelection(),
                    "the first channel stays shown while the others join: " + Rooms.labels());
            Ui.typeAndEnter("said in the first");
            bob.await(line -> line.startsWith(":desky!") && line.endsWith("PRIVMSG #first :said in the first"),
                    WAIT);

            Ui.typeAndEnter("/join #third");
            Rooms.awaitTab("#third");
            Ui.until("the channel the user joined shown", () -> Rooms.folder().getSelection() == Rooms.tab("#third"),
                    () -> Rooms.labels().toString());
            Ui.typeAndEnter("said in the third");
            bob.await(line -> line.startsWith(":desky!") && line.endsWith("PRIVMSG #third :said in the third"),
                    WAIT);
        }
    }

    /**
     * Found by using the product on a network with a long MOTD: its 30 lines filled the first channel's list above
     * the channel's first line. The server's welcome and MOTD go to a tab of the server's own, before the channels';
     * the first channel is shown; text typed in the server's tab is said nowhere (it went to the channel typed in
     * last), commands work there, and the member list is empty there.
     */
    @Test
    void theServersWelcomeAndMotdHaveATabOfTheirOwn() throws Exception {
        try (InspircdServer server = InspircdServer.start(); RawIrcUser bob = new RawIrcUser(server.port, "bob")) {
            bob.send("JOIN #talk");
            bob.await(line -> line.contains(" 366 "), WAIT);
            connect(server, "#talk");
            Rooms.awaitTab("#talk");
            // named by the server's welcome (irc.test), then by the network's name as the server gives it (005)
            Ui.until("the server's tab first, named after the network",
                    () -> Rooms.labels().equals(List.of("ChatroomTest", "#talk")), () -> Rooms.labels().toString());
            assertEquals(Rooms.tab("#talk"), Rooms.folder().getSelection(), "the channel shown, not the server");
            Table talk = Rooms.table("#talk");
            Table serverTab = Rooms.firstTable(); // the server's tab shows no room: found by its place
            Rooms.awaitRow(serverTab, "Test network for the Chatroom IRC client.");
            Rooms.awaitRow(serverTab, "Connected to irc.test as desky.");
            Rooms.awaitRow(talk, "Joined #talk.");
            assertEquals(-1, Rooms.index(talk, "Test network for the Chatroom"), Rooms.last(talk, 10));
            Ui.until("bob in the member list", () -> Members.names().contains("bob"),
                    () -> Members.names().toString());

            Rooms.show("ChatroomTest");
            Ui.until("no members for the server", () -> Members.names().isEmpty(), () -> Members.names().toString());
            Ui.typeAndEnter("not for a channel");
            Ui.awaitRow(RoomTexts.serverNotSent);
            assertEquals("not for a channel", Ui.widget(Text.class, WidgetIds.INPUT).getText(), "kept to send");
            Ui.typeAndEnter("/part"); // it parted the channel typed in last
            assertEquals("/part", Ui.widget(Text.class, WidgetIds.INPUT).getText(), "refused as well and kept");
            Ui.awaitRow(RoomTexts.serverNotSent + " (\u00d72)"); // the list's last row already: it counts this one
            Ui.typeAndEnter("/msg bob from the server tab");
            // in order on the connection: a line said or a PART sent before it would have reached bob first
            String heard = bob.await(line -> line.startsWith(":desky!")
                    && (line.contains(" PRIVMSG ") || line.contains(" PART ")), WAIT);
            assertTrue(heard.endsWith("PRIVMSG bob :from the server tab"), heard);

            Rooms.show("#talk");
            Ui.until("the channel's members again", () -> Members.names().contains("bob"),
                    () -> Members.names().toString());
            Ui.typeAndEnter("said in the channel");
            bob.await(line -> line.startsWith(":desky!") && line.endsWith("PRIVMSG #talk :said in the channel"),
                    WAIT);

            // an IRC network keeps no history to load or search: said so (it read "the room is still sending its
            // history ... try again in a moment", forever), where /history said nothing at all
            Ui.typeAndEnter("/history");
            Rooms.awaitRow(talk, RoomTexts.historyNone);
            Ui.command(RoomSearchTest.FIND);
            Shell search = Rooms.shellWith(SearchDialog.SHELL);
            try { // said on opening, the words and Search greyed (it was said after the words were typed)
                Label status = Ui.widget(Label.class, SearchDialog.STATUS);
                assertEquals(NLS.bind(RoomTexts.searchNoHistory, "#talk"), status.getText());
                assertFalse(Ui.widget(Text.class, SearchDialog.WORDS).isEnabled());
                assertFalse(Ui.widget(Button.class, SearchDialog.GO).isEnabled());
            } finally {
                search.close();
            }
        }
    }

    @Test
    void theDesktopJoinsTheIrcChannelOfItsPreferencesAndChatsThere() throws Exception {
        try (InspircdServer server = InspircdServer.start(); RawIrcUser bob = new RawIrcUser(server.port, "bob")) {
            bob.send("JOIN #desk");
            bob.await(line -> line.contains(" 366 "), WAIT);

            PreferenceDialog dialog = PreferencesDialogs.open();
            PreferencesDialogs.choose(dialog, Messages.prefProtocol, Messages.prefProtocolIrc);
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

            // leaving the only channel: its notice says so once, and the member list is not left showing it
            Ui.until("bob in the member list", () -> Members.names().contains("bob"),
                    () -> Members.names().toString());
            Ui.typeAndEnter("/part");
            bob.await(line -> line.startsWith(":desky!") && line.contains(" PART ") && line.endsWith("#desk"), WAIT);
            Ui.awaitRow("You left #desk.");
            Ui.until("the member list emptied", () -> Members.names().isEmpty(), () -> Members.names().toString());
            assertEquals(-1, Ui.lastRowContaining(NLS.bind(Messages.left, "desky"), 5),
                    "no 'desky left the chat' above the notice: " + Ui.lastRows(5));
        }
    }

    /**
     * Found by using the product: kicked from a channel, its tab just went (with the kick's reason in it), leaving
     * "You left #kick." in another tab; who kicked, and why, is said where the user is, as the console says it.
     */
    @Test
    void aKickFromAChannelSaysWhoAndWhyWhereTheUserIs() throws Exception {
        try (InspircdServer server = InspircdServer.start(); RawIrcUser bob = new RawIrcUser(server.port, "bob")) {
            bob.send("JOIN #general,#kick"); // first in: the channels' operator
            bob.await(line -> line.contains(" 366 ") && line.contains("#kick"), WAIT);
            connect(server, "#general, #kick");
            bob.await(line -> line.startsWith(":desky!") && line.contains("JOIN") && line.contains("#kick"), WAIT);
            Rooms.awaitTab("#kick");
            Rooms.show("#general");
            bob.send("KICK #kick desky :go away desk");
            Ui.awaitRow("bob kicked you from #kick: go away desk");
            Ui.until("the channel's tab gone", () -> !Rooms.labels().contains("#kick"), () -> "" + Rooms.labels());
            Table general = Rooms.table("#general");
            int kick = Rooms.index(general, "bob kicked you from #kick: go away desk");
            assertTrue(kick >= 0 && kick < Rooms.index(general, "You left #kick."), "in the tab shown, a notice (not"
                    + " 'Not accepted: ...'), then the leave: " + Rooms.last(general, 5));

            // kicked from the channel shown: the tab shown next is the one the notices went to (they went to the
            // network's tab, while another channel's was shown)
            bob.send("JOIN #kick2");
            bob.await(line -> line.contains(" 366 ") && line.contains("#kick2"), WAIT);
            Ui.typeAndEnter(Ui.widget(Text.class, WidgetIds.INPUT), "/join #kick2");
            Rooms.awaitTab("#kick2");
            Rooms.show("#kick2");
            bob.send("KICK #kick2 desky :and again");
            Ui.until("the channel's tab gone", () -> !Rooms.labels().contains("#kick2"), () -> "" + Rooms.labels());
            Ui.awaitRow("bob kicked you from #kick2: and again");
            assertEquals("#general", Rooms.folder().getSelection().getText(), "a channel's tab shown next");
            assertTrue(Rooms.index(general, "bob kicked you from #kick2: and again") >= 0, Rooms.last(general, 5));
        }
    }

    /**
     * A channel of the preferences that wants a key asks for it once: the key typed is kept, and the next connection
     * joins with it (the IRC client told no refusal for such a channel; and on loopback the channel answered the join
     * before the desktop had read that it was asked, so the key was not kept).
     */
    @Test
    void aChannelOfThePreferencesWithAKeyAsksForItOnceAndIsJoinedWithItNextTime() throws Exception {
        try (InspircdServer server = InspircdServer.start(); RawIrcUser bob = new RawIrcUser(server.port, "bob")) {
            bob.send("JOIN #vault");
            bob.await(line -> line.contains(" 366 ") && line.contains("#vault"), WAIT);
            bob.send("MODE #vault +k sesame");
            bob.await(line -> line.contains(" MODE #vault +k"), WAIT);
            connect(server, "#general, #vault");
            Shell prompt = Rooms.shellWith(PasswordDialog.SHELL);
            Ui.widget(Text.class, PasswordDialog.PASSWORD).setText("sesame");
            Chat.press(prompt, IDialogConstants.OK_ID);
            Rooms.awaitTab("#vault");
            bob.await(line -> line.startsWith(":desky!") && line.contains(" JOIN ") && line.contains("#vault"), WAIT);
            String network = KeptRooms.key("127.0.0.1", server.port);
            Ui.until("the key kept", () -> "sesame".equals(RoomPasswords.of(network, "vault")),
                    () -> RoomPasswords.of(network, "vault"));

            Ui.command(Chat.DISCONNECT_COMMAND);
            Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);
            Ui.command(Chat.CONNECT_COMMAND);
            // the join with the kept key is the desktop's answer to the refusal: wait spinning the UI thread
            Ui.until("joined again with the key", () -> bob.lines().stream().filter(line -> line.startsWith(":desky!")
                    && line.contains(" JOIN ") && line.contains("#vault")).count() == 2,
                    () -> Ui.lastRows(5).toString());
            assertTrue(Arrays.stream(Ui.display().getShells())
                    .noneMatch(shell -> PasswordDialog.SHELL.equals(shell.getData(WidgetIds.KEY))), "asked again");
        }
    }
}
