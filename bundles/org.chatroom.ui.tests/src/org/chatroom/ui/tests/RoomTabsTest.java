package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.room.HostSettings;
import org.chatroom.api.log.EventKind;
import org.chatroom.api.room.RoomHost;
import org.chatroom.protocol.RoomLine;
import org.chatroom.testing.RawMember;
import org.chatroom.testing.RawRoomClient;
import org.chatroom.testing.Services;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.dialogs.PasswordDialog;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.KeptRooms;
import org.chatroom.ui.internal.prefs.RoomPasswords;
import org.chatroom.ui.internal.rooms.JoinRoomDialog;
import org.chatroom.ui.internal.rooms.RoomPasswordHandler;
import org.chatroom.ui.internal.rooms.RoomTexts;
import org.chatroom.ui.internal.views.Drafts;
import org.chatroom.ui.internal.views.ViewTexts;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 9, desktop: a tab per room, joined, created and left from the input or the menu; unread counts per room. */
class RoomTabsTest {

    static final String JOIN = "org.chatroom.ui.command.joinRoom";
    static final String LEAVE = "org.chatroom.ui.command.leaveRoom";
    static final String CREATE = "org.chatroom.ui.command.createRoom";
    static final String PASSWORD = "org.chatroom.ui.command.roomPassword";

    @BeforeEach
    void atTheWindow() {
        Rooms.focusWindow();
    }

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void aRoomThatWantsAPasswordAsksForItAndIsJoinedWithWhatWasTyped() throws Exception {
        int port = Rooms.host("ada");
        String vault = Rooms.fresh("vault");
        try (RoomsMember bob = RoomsMember.connect(port, "bob", "CREATE " + vault + " s3cret")) {
            Ui.until("bob's room", () -> bob.saw("EVENT " + vault), bob::received);
            Ui.typeAndEnter("/join " + vault);
            Shell prompt = Rooms.shellWith(PasswordDialog.SHELL);
            assertTrue(Ui.labelTexts(prompt).contains(NLS.bind(Messages.roomPasswordAsked, vault)), Ui.labelTexts(prompt).toString());
            Ui.widget(Text.class, PasswordDialog.PASSWORD).setText("wrong guess");
            Chat.press(prompt, IDialogConstants.OK_ID);
            Ui.until("the prompt to close", prompt::isDisposed, () -> "open");
            prompt = Rooms.shellWith(PasswordDialog.SHELL); // refused: asked again
            assertTrue(Ui.labelTexts(prompt).contains(NLS.bind(Messages.roomPasswordWrong, vault)),
                    Ui.labelTexts(prompt).toString());
            Ui.widget(Text.class, PasswordDialog.PASSWORD).setText("s3cret");
            Chat.press(prompt, IDialogConstants.OK_ID);
            Rooms.awaitTab(vault);
            ChatClient client = Services.require(ChatClient.class, null);
            Ui.until("typing to go to " + vault, () -> vault.equals(client.room()), client::room);
        }
    }

    @Test
    void createRoomTakesAPasswordThatMembersThenNeed() throws Exception {
        int port = Rooms.host("ada");
        String safe = Rooms.fresh("safe");
        Ui.command(CREATE);
        Shell dialog = Rooms.shellWith("room.name.dialog");
        Ui.widget(Text.class, "room.name.field").setText(safe);
        Ui.widget(Text.class, "room.password.field").setText("open sesame");
        Chat.press(dialog, IDialogConstants.OK_ID);
        Rooms.awaitTab(safe);
        try (RoomsMember bob = RoomsMember.connect(port, "bob", "JOIN " + safe)) {
            Ui.until("bob refused without it", () -> bob.saw("ROOM_PASSWORD"), bob::received);
            bob.send("JOIN " + safe + " - open sesame"); // JOIN ROOM SEQ KEY: "-" for no sequence
            Ui.until("bob in with it", () -> bob.saw("EVENT " + safe), bob::received);
        }
    }

    @Test
    void theRoomsOfTheLastConnectionAreJoinedAgainOnTheNextConnect() throws Exception {
        int port = Rooms.host("keeper");
        String server = connectAgainAsRemote(port);
        String ops = Rooms.created("ops");
        Ui.until("the rooms kept", () -> KeptRooms.of(server).equals(List.of(Rooms.DEFAULT, ops)),
                () -> KeptRooms.of(server).toString());

        disconnect();
        assertEquals(List.of(Rooms.DEFAULT, ops), KeptRooms.of(server), "a disconnect keeps them");
        Ui.command(Chat.CONNECT_COMMAND);
        Rooms.awaitJoined(ops);
        ChatClient client = Services.require(ChatClient.class, null);
        assertEquals(List.of(Rooms.DEFAULT, ops), client.rooms(), "both joined again, in their order");
        assertEquals(List.of(Rooms.DEFAULT, ops), Rooms.labels(), "a tab each");
        assertEquals(Rooms.tab(ops), Rooms.folder().getSelection(), "the tab shown before stays shown");
        assertEquals(ops, client.room(), "typing goes to the room shown");

        Ui.typeAndEnter("/part " + ops);
        Ui.until("a room left is no longer kept", () -> KeptRooms.of(server).equals(List.of(Rooms.DEFAULT)),
                () -> KeptRooms.of(server).toString());
    }

    /**
     * The room shown last on a server is shown again when the desktop comes back to it with fresh tabs, as at its next
     * start (another server in between starts the tabs afresh as a start does): the default room was shown, whichever
     * room the user had been in.
     */
    @Test
    void theRoomShownLastIsShownAgainWhenTheServerIsJoinedWithFreshTabs() throws Exception {
        int port = Rooms.host("keeper");
        String server = connectAgainAsRemote(port);
        String ops = Rooms.created("ops");
        String dev = Rooms.created("dev");
        Rooms.show(ops);
        Ui.until("the room shown kept", () -> ops.equals(KeptRooms.shownOf(server)), () -> KeptRooms.shownOf(server));

        disconnect();
        forgetTheServer(port); // the tabs start afresh for 127.0.0.2, then for 127.0.0.1 again
        Ui.command(Chat.CONNECT_COMMAND);
        Rooms.awaitJoined(dev);
        assertEquals(List.of(Rooms.DEFAULT, ops, dev), Rooms.labels(), "a tab each");
        assertEquals(ops, Rooms.folder().getSelection().getText(), "the room shown when the user left");
        assertEquals(ops, Services.require(ChatClient.class, null).room(), "typing goes to the room shown");
    }

    /**
     * What was said in a room after the user last read it, while the desktop was away (quit, or on another server),
     * comes back behind a "N messages while you were away" line, not dimmed, when the room is joined again with fresh
     * tabs: it came back dimmed among the history the user had read, nothing saying what was new. The room's tab
     * counts it when another room is shown again, the one the user left in (the first room, shown a moment while
     * joined, had no count afterwards; nor when a room joined before the one the user left in showed it again).
     */
    @Test
    void whatWasSaidAfterTheUserLastReadARoomComesBackAsMissed() throws Exception {
        int port = Rooms.host("keeper");
        String server = connectAgainAsRemote(port);
        String dev = Rooms.created("dev"); // joined between the first room and the one the user leaves in
        String ops = Rooms.created("ops");
        try (RoomsMember bob = RoomsMember.connect(port, "bob", "JOIN " + Rooms.DEFAULT)) {
            Rooms.show(Rooms.DEFAULT);
            bob.send("MSG " + Rooms.DEFAULT + " read before leaving");
            Rooms.awaitRow(Rooms.table(Rooms.DEFAULT), "read before leaving");
            Rooms.show(ops);
            Ui.until("the room shown kept", () -> ops.equals(KeptRooms.shownOf(server)), () -> "");
            disconnect();
            forgetTheServer(port); // fresh tabs for 127.0.0.2: how far the rooms of 127.0.0.1 were read is kept
            bob.send("MSG " + Rooms.DEFAULT + " said while away");
            bob.send("MSG " + Rooms.DEFAULT + " and more");
            Ui.until("bob's lines said", () -> bob.saw("and more"), bob::received);
            Ui.command(Chat.CONNECT_COMMAND);
            Rooms.awaitJoined(ops);
            Ui.until("the count of what was missed on the default room's tab", () -> Rooms.labels().equals(
                    List.of(Rooms.DEFAULT + " (2)", dev, ops)), () -> Rooms.labels().toString());
            assertEquals(ops, Rooms.folder().getSelection().getText(), "the room the user left in, shown");
            Table table = Rooms.table(Rooms.DEFAULT);
            Rooms.awaitRow(table, "and more");
            assertEquals(0, Rooms.count(table, ViewTexts.newMessagesMarker), "one line says where to read from");
            int marker = Rooms.index(table, RoomTexts.format(RoomTexts.awayMarker, 2));
            int read = Rooms.index(table, "read before leaving");
            int missed = Rooms.index(table, "said while away");
            assertTrue(read >= 0 && read < marker && marker < missed && missed < Rooms.index(table, "and more"),
                    "read, the marker, then what was missed: " + Ui.lastRows(12));
            assertNotEquals(table.getForeground().getRGB(), table.getItem(read).getForeground().getRGB(),
                    "what was read is history, dimmed");
            assertEquals(table.getForeground().getRGB(), table.getItem(missed).getForeground().getRGB(),
                    "what was missed is not");

            disconnect(); // quits again without reading it: it is still missed at the next start (the point read
            forgetTheServer(port); // was lost, and it came back dimmed with the rest, uncounted)
            Ui.command(Chat.CONNECT_COMMAND);
            Rooms.awaitJoined(ops);
            Ui.until("the count of what is still missed", () -> Rooms.labels().equals(
                    List.of(Rooms.DEFAULT + " (2)", dev, ops)), () -> Rooms.labels().toString());
        }
    }

    /**
     * A room that could not be joined again (the host closed it while the desktop was away) keeps its tab, and a line
     * typed there is not sent: it went to another room, the one typing went to in the client.
     */
    @Test
    void aLineTypedInTheTabOfARoomNotJoinedAgainIsNotSentElsewhere() throws Exception {
        int port = Rooms.host("keeper");
        String ops = remoteInARoomOfItsOwn(port);
        try (RawMember bob = RawMember.join(port, "bob", Ui::until)) { // in the default room
            disconnect();
            assertTrue(Services.require(RoomHost.class, null).closeRoom(ops, "done"));
            Ui.command(Chat.CONNECT_COMMAND);
            Rooms.awaitJoined(Rooms.DEFAULT);
            Ui.until("the return to " + ops + " refused", () -> !Services.require(ChatClient.class, null).rooms()
                    .contains(ops), () -> Services.require(ChatClient.class, null).rooms().toString());
            Ui.until("its tab to say so", () -> Rooms.labels().contains(NLS.bind(RoomTexts.tabOut, ops)),
                    () -> Rooms.labels().toString());
            assertEquals(NLS.bind(RoomTexts.tabOutTip, ops), Rooms.tab(ops).getToolTipText());
            assertTrue(Rooms.labels().contains(Rooms.DEFAULT), "the room joined again looks as before: "
                    + Rooms.labels());
            Rooms.show(ops);
            Ui.typeAndEnter("meant for " + ops);
            Text input = Ui.widget(Text.class, WidgetIds.INPUT);
            assertEquals("meant for " + ops, input.getText(), "not sent: kept in the field");
            Ui.awaitRow(NLS.bind(RoomTexts.notInRoomNotSent, ops)); // in the tab shown, ops's

            input.setText("");
            Rooms.show(Rooms.DEFAULT);
            Ui.typeAndEnter("for everyone");
            Ui.until("bob to hear the line after it", () -> bob.saw("keeper: for everyone"), bob::received);
            assertTrue(!bob.saw("meant for"), "the line for " + ops + " went to the default room: " + bob.received());
        }
    }

    /**
     * A room closed and created again while the desktop was away is joined as the new room it is, in its tab, below
     * what the tab showed: the return, resumed from the old room's last event, was refused ("Room ops has no event 6
     * yet") and the tab stayed out of the room.
     */
    @Test
    void aRoomCreatedAgainWhileAwayIsJoinedAnewInItsTab() throws Exception {
        int port = Rooms.host("keeper");
        String ops = remoteInARoomOfItsOwn(port);
        for (int i = 0; i < 5; i++) {
            Ui.typeAndEnter("old line " + i);
        }
        Table table = Rooms.table(ops);
        Rooms.awaitRow(table, "old line 4");
        disconnect();
        RoomHost host = Services.require(RoomHost.class, null);
        assertTrue(host.closeRoom(ops, "done"));
        host.createRoom(ops);
        try (RawRoomClient bob = RawRoomClient.join(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                "bob")) {
            bob.joinRoom("JOIN " + ops);
            bob.send("MSG " + ops + " a new room, a new line");
            while (!(bob.next() instanceof RoomLine.Event said && said.kind() == EventKind.MESSAGE)) {
                // its own join and topic pass; bounded by the client's read timeout
            }
            Ui.command(Chat.CONNECT_COMMAND);
            Rooms.awaitJoined(ops);
            Rooms.awaitRow(table, "a new room, a new line");
            int renumbered = Rooms.index(table, "The room " + ops + " is not the one you left:");
            assertTrue(Rooms.index(table, "old line 4") < renumbered
                    && renumbered < Rooms.index(table, "a new room, a new line"), "the new room below the old one: "
                            + Rooms.last(table, 12));
            assertTrue(Services.require(ChatClient.class, null).rooms().contains(ops), "in the room");
            assertEquals(ops, Rooms.tab(ops).getText(), "a tab like any other");
        }
    }

    @Test
    void aRoomsPasswordIsKeptForTheNextConnectAndAskedForWhenTheRoomRefusesIt() throws Exception {
        int port = Rooms.host("keeper");
        String server = connectAgainAsRemote(port);
        String vault = passwordRoomOfBob(port);
        Ui.typeAndEnter("/join " + vault);
        answer(Messages.roomPasswordAsked, vault, "s3cret", true);
        Rooms.awaitTab(vault);
        Ui.until("the password kept", () -> "s3cret".equals(RoomPasswords.of(server, vault)),
                () -> RoomPasswords.of(server, vault));
        Chat.prefs().flush();
        for (String key : Chat.prefs().keys()) {
            assertTrue(!Chat.prefs().get(key, "").contains("s3cret"), "in the preferences as " + key);
        }

        disconnect();
        forgetTheServer(port);
        Ui.command(Chat.CONNECT_COMMAND);
        Rooms.awaitJoined(vault); // with the kept password: nobody typed it
        Rooms.awaitRow(Rooms.table(vault), RoomTexts.historyEnd);
        // joined with it at once: the room said "needs a password" in red first, then the kept one was tried
        for (String refusal : List.of("needs a password", NLS.bind(Messages.roomPasswordKeptUsed, vault))) {
            assertEquals(-1, Ui.lastRowContaining(refusal, 200), String.join("\n", Ui.lastRows(8)));
            assertEquals(-1, Rooms.index(Rooms.table(vault), refusal), Rooms.last(Rooms.table(vault), 8));
        }
        assertTrue(Arrays.stream(Ui.display().getShells())
                .noneMatch(shell -> PasswordDialog.SHELL.equals(shell.getData(WidgetIds.KEY))), "asked anyway");

        RoomPasswords.keep(server, vault, "stale"); // as if the room's password changed since
        disconnect();
        forgetTheServer(port);
        Ui.command(Chat.CONNECT_COMMAND);
        answer(Messages.roomPasswordKeptWrong, vault, "s3cret", false);
        Rooms.awaitJoined(vault);
        assertEquals("", RoomPasswords.of(server, vault), "the refused one forgotten, the new one not kept");
    }

    /**
     * A room whose password changed while the desktop was away refuses its return: the tab looked joined and nothing
     * asked. The Room Password dialog now says the kept password was refused, and the new one gets back in.
     */
    @Test
    void aRoomWhosePasswordChangedWhileTheDesktopWasAwayAsksForTheNewOne() throws Exception {
        int port = Rooms.host("keeper");
        String server = connectAgainAsRemote(port);
        String vault = passwordRoomOfBob(port);
        Ui.typeAndEnter("/join " + vault + " s3cret");
        Rooms.awaitTab(vault);
        Ui.until("the password kept", () -> "s3cret".equals(RoomPasswords.of(server, vault)),
                () -> RoomPasswords.of(server, vault));
        RoomHost room = Services.require(RoomHost.class, null);
        assertTrue(room.roomPassword(vault, "changed"));
        room.stop("maintenance");
        Ui.until("the loss", () -> Ui.status().equals(Messages.stateReconnecting), Ui::status);
        room.start(HostSettings.onPort(port));

        answer(Messages.roomPasswordKeptWrong, vault, "changed", true);
        Rooms.awaitJoined(vault);
        Ui.until("the new password kept", () -> "changed".equals(RoomPasswords.of(server, vault)),
                () -> RoomPasswords.of(server, vault));
    }

    @Test
    void theHostSetsOrRemovesThePasswordOfTheRoomShown() throws Exception {
        int port = Rooms.host("ada");
        String safe = Rooms.created("safe");
        Ui.command(PASSWORD); // a room without a password: an empty field has nothing to remove
        Shell asked = Rooms.shellWith(RoomPasswordHandler.SHELL);
        assertFalse(Chat.button(asked, IDialogConstants.OK_ID).isEnabled(), "Remove Password of no password");
        Ui.widget(Text.class, RoomPasswordHandler.FIELD).setText("x");
        assertTrue(Chat.button(asked, IDialogConstants.OK_ID).isEnabled(), "Set Password");
        asked.close();
        changePasswordToldOnce("n3w secret", "The host set a new password for the room " + safe + ":"); // safe's tab
        assertEquals("n3w secret", RoomPasswords.of(KeptRooms.key("localhost", port), safe), "the host's own follows");
        try (RoomsMember bob = RoomsMember.connect(port, "bob", "JOIN " + safe)) {
            Ui.until("bob refused without it", () -> bob.saw("ROOM_PASSWORD"), bob::received);
            bob.send("JOIN " + safe + " - n3w secret");
            Ui.until("bob in with it", () -> bob.saw("EVENT " + safe), bob::received);
        }
        changePasswordToldOnce("", "The host removed the password of the room " + safe + ":");
        try (RoomsMember cy = RoomsMember.connect(port, "cy", "JOIN " + safe)) {
            Ui.until("cy in without one", () -> cy.saw("EVENT " + safe), cy::received);
        }
        Rooms.show(Rooms.DEFAULT);
        Ui.command(PASSWORD); // said before a password is typed, which the room then refused
        Ui.awaitRow(NLS.bind(RoomTexts.passwordDefaultRoom, Rooms.DEFAULT));
        assertTrue(Arrays.stream(Ui.display().getShells()).noneMatch(shell -> !shell.isDisposed()
                && RoomPasswordHandler.SHELL.equals(shell.getData(WidgetIds.KEY))), "no dialog asks for it");

        connectAgainAsRemote(port); // a remote room (here the same server, reached as a remote one): not offered
        assertTrue(!Ui.enabled(PASSWORD), "offered in a remote room, for a room of the same name hosted here");
    }

    /**
     * Found by using the product: the host changed a room's password, then hosted again, and its own return to the room
     * was refused ("Wrong password", and "the password kept for it may have changed"): the client rejoined with the
     * password it had joined with. It rejoins with the one the host set.
     */
    @Test
    void theHostRejoinsARoomWithThePasswordItSetForIt() throws Exception {
        int port = Rooms.host("ada");
        String vault = Rooms.fresh("vault");
        Ui.typeAndEnter("/create " + vault + " s3cret");
        Rooms.awaitTab(vault);
        String server = KeptRooms.key("localhost", port);
        Ui.until("its password kept", () -> "s3cret".equals(RoomPasswords.of(server, vault)),
                () -> RoomPasswords.of(server, vault));
        Rooms.show(vault);
        changePassword("newpass9");
        Ui.awaitRow("The host set a new password for the room " + vault + ":");

        RoomHost room = Services.require(RoomHost.class, null);
        Ui.command(Chat.STOP_COMMAND);
        Ui.until("the room to stop", () -> !room.status().hosting(), Ui::hosting);
        Chat.host();
        Rooms.awaitJoined(vault);
        assertEquals("newpass9", RoomPasswords.of(server, vault), "still kept");
        assertEquals(-1, Rooms.index(Rooms.table(vault), NLS.bind(Messages.errorFromRoom, "Wrong password for the room "
                + vault + ".")), Rooms.last(Rooms.table(vault), 8));
        assertTrue(Arrays.stream(Ui.display().getShells())
                .noneMatch(shell -> PasswordDialog.SHELL.equals(shell.getData(WidgetIds.KEY))), "asked for it");
    }

    /**
     * Changes the password, waits for the room's notice of it, then checks that nothing else said it: the desktop's
     * own notice ("The room safe has a new password") told the host a second time.
     */
    private static void changePasswordToldOnce(String password, String notice) {
        int before = Ui.messageCount(Ui.messages());
        changePassword(password);
        Ui.awaitRow(notice);
        Ui.spin(500); // the desktop's notice came within a few milliseconds of the room's
        List<String> told = Ui.lastRows(Ui.messageCount(Ui.messages()) - before).stream()
                .filter(row -> row.contains("password")).toList();
        assertEquals(1, told.size(), "the change told once: " + told);
    }

    private static void changePassword(String password) {
        assertTrue(Ui.enabled(PASSWORD), "offered while hosting");
        Ui.command(PASSWORD);
        Shell dialog = Rooms.shellWith(RoomPasswordHandler.SHELL);
        Ui.widget(Text.class, RoomPasswordHandler.FIELD).setText(password);
        assertEquals(password.isEmpty() ? RoomTexts.passwordRemove : RoomTexts.passwordSetButton,
                Chat.button(dialog, IDialogConstants.OK_ID).getText(), "the button says what it does");
        Chat.press(dialog, IDialogConstants.OK_ID);
        Ui.until("the dialog to close", dialog::isDisposed, () -> "open");
    }

    /** A room bob creates with password s3cret on the room at {@code port}, and leaves; @return its name */
    private static String passwordRoomOfBob(int port) throws Exception {
        String vault = Rooms.fresh("vault");
        try (RoomsMember bob = RoomsMember.connect(port, "bob", "CREATE " + vault + " s3cret")) {
            Ui.until("bob's room", () -> bob.saw("EVENT " + vault), bob::received);
        }
        return vault;
    }

    /** Answers the Room Password dialog that asks {@code question} of {@code room}. */
    private static void answer(String question, String room, String password, boolean remember) {
        Shell prompt = Rooms.shellWith(PasswordDialog.SHELL);
        assertTrue(Ui.labelTexts(prompt).contains(NLS.bind(question, room)), Ui.labelTexts(prompt).toString());
        Ui.widget(Text.class, PasswordDialog.PASSWORD).setText(password);
        Button keep = Ui.widget(Button.class, PasswordDialog.REMEMBER);
        assertTrue(keep.getSelection(), "kept unless unticked");
        keep.setSelection(remember);
        Chat.press(prompt, IDialogConstants.OK_ID);
        Ui.until("the prompt to close", prompt::isDisposed, () -> "open");
    }

    /** Leaves the room hosted on {@code port} and connects to it as to a remote room; @return the server's key */
    /** Connects again to the hosted room as to a remote one, and creates a room: @return its name */
    private static String remoteInARoomOfItsOwn(int port) {
        connectAgainAsRemote(port);
        return Rooms.created("ops");
    }

    private static String connectAgainAsRemote(int port) {
        disconnect();
        Chat.prefs().put(ChatPreferences.HOST, "127.0.0.1");
        Chat.prefs().putInt(ChatPreferences.PORT, port);
        Chat.prefs().putBoolean(ChatPreferences.REMOTE_CHOSEN, true);
        Ui.command(Chat.CONNECT_COMMAND);
        Rooms.awaitJoined(Rooms.DEFAULT);
        return KeptRooms.key("127.0.0.1", port);
    }

    /**
     * Makes the client forget the server at 127.0.0.1:{@code port}, as a start of the desktop does (connected to it
     * again, the client would resume its rooms with the passwords it was given): a connection to another address of
     * the room (it listens on all of them) in between; then the settings point at 127.0.0.1 again.
     */
    private static void forgetTheServer(int port) {
        Chat.prefs().put(ChatPreferences.HOST, "127.0.0.2");
        Ui.command(Chat.CONNECT_COMMAND);
        Rooms.awaitJoined(Rooms.DEFAULT);
        disconnect();
        Chat.prefs().put(ChatPreferences.HOST, "127.0.0.1");
        Chat.prefs().putInt(ChatPreferences.PORT, port);
    }

    private static void disconnect() {
        Ui.command(Chat.DISCONNECT_COMMAND);
        Ui.until("disconnected", () -> Ui.status().startsWith(Messages.stateDisconnected), Ui::status);
    }

    @Test
    void aRoomCreatedFromTheInputGetsItsTabAndTheMemberListFollowsTheTabShown() throws Exception {
        int port = Rooms.host("ada");
        String ops = Rooms.created("ops");
        ChatClient client = Services.require(ChatClient.class, null);
        Ui.until("typing to go to " + ops, () -> ops.equals(client.room()), client::room);
        assertEquals(ops, Rooms.folder().getSelection().getText(), "the new room is shown");

        try (RoomsMember bob = RoomsMember.connect(port, "bob", "JOIN " + ops)) {
            Ui.until("bob in the member list of " + ops, () -> Members.names().contains("bob"),
                    () -> Members.names().toString());
            Rooms.show("general");
            Ui.until("the member list of general, without bob", () -> !Members.names().contains("bob")
                    && Members.names().contains("ada"), () -> Members.names().toString());
            assertEquals("general", client.room(), "typing goes to the room shown");

            bob.send("MSG " + ops + " psst, over here");
            Ui.until("the unread count on the tab of " + ops, () -> Rooms.labels().contains(ops + " (1)"),
                    () -> Rooms.labels().toString());
            Ui.until("the total in the window title", () -> Ui.window().getShell().getText().contains("(1"),
                    () -> Ui.window().getShell().getText());
            Table general = Rooms.table("general");
            assertEquals(-1, Rooms.index(general, "psst"), "said in " + ops + ", not in general");
            assertFalse(bold(Rooms.tab(ops)), "a count, nothing for the user");
            bob.send("MSG " + ops + " ada: this one is for you");
            Ui.until("the mention on the tab of " + ops, () -> bold(Rooms.tab(ops)) && Rooms.labels().contains(ops
                    + " (2)"), () -> Rooms.labels().toString());

            Rooms.show(ops);
            Ui.until("the count to clear once the room is shown", () -> Rooms.labels().contains(ops),
                    () -> Rooms.labels().toString());
            assertFalse(bold(Rooms.tab(ops)), "the mention read");
            assertTrue(Rooms.index(Rooms.table(ops), "psst, over here") >= 0);
            Ui.until("bob back in the member list", () -> Members.names().contains("bob"),
                    () -> Members.names().toString());

            // a /join of a room the client is in shows its tab, as IRC clients do, and asks the server nothing
            Ui.typeAndEnter("/join " + Rooms.DEFAULT.toUpperCase(Locale.ROOT));
            Ui.until("the default room shown by /join", () -> Rooms.folder().getSelection() == Rooms.tab(Rooms.DEFAULT),
                    () -> Rooms.labels().toString());
            Ui.until("typing to go to the default room", () -> Rooms.DEFAULT.equals(client.room()), client::room);
            Ui.typeAndEnter("back in general");
            Ui.until("the line said in general", () -> Rooms.index(general, "back in general") >= 0,
                    () -> Ui.lastRows(5).toString());
            for (String room : new String[] { Rooms.DEFAULT, ops }) {
                Table table = Rooms.table(room);
                for (int i = 0; i < table.getItemCount(); i++) {
                    String said = table.getItem(i).getText(2);
                    assertTrue(!said.contains("already"), "the room was not asked to join again: " + said);
                }
            }
        }
    }

    /**
     * Text typed in a room's tab and not sent stays with that room: another room's tab shows its own (the input line
     * was one for all the rooms, and a line typed for one stood ready to be said in the next room shown); it comes
     * back with its room's tab, is kept for the next start, and is not given to a room of the same name on another
     * server.
     */
    @Test
    void textTypedAndNotSentStaysWithTheRoomItWasTypedIn() throws Exception {
        int port = Rooms.host("ada");
        String ops = Rooms.created("ops");
        Text input = Ui.widget(Text.class, WidgetIds.INPUT);
        input.setText("for ops only");
        Rooms.show(Rooms.DEFAULT);
        assertEquals("", input.getText(), "the default room has nothing typed");
        input.setText("for general");
        Rooms.show(ops);
        assertEquals("for ops only", input.getText(), "given back with its room");
        String hosted = KeptRooms.key("localhost", port);
        assertEquals("for general", Chat.prefs().node(Drafts.NODE).get(Drafts.room(hosted, Rooms.DEFAULT), ""),
                "kept for the next start");
        Rooms.show(Rooms.DEFAULT);
        assertEquals("for general", input.getText(), "given back with its room");

        connectAgainAsRemote(port); // the same room, through another name of the server
        assertEquals("", input.getText(), "the draft of general at localhost is not for general at 127.0.0.1");
    }

    /**
     * What is typed while the window shows no room yet (connecting) is for the room that comes: it stays in the line
     * when the first room is joined, and is said there.
     */
    @Test
    void textTypedBeforeTheFirstRoomStaysWhenItIsJoined() throws Exception {
        Rooms.host("ada");
        disconnect();
        int port = Chat.freePort();
        Chat.prefs().put(ChatPreferences.HOST, "127.0.0.1");
        Chat.prefs().putInt(ChatPreferences.PORT, port);
        Chat.prefs().putBoolean(ChatPreferences.REMOTE_CHOSEN, true);
        Ui.command(Chat.CONNECT_COMMAND); // nobody there yet: the tabs start afresh, showing no room
        Ui.until("the tabs of the new server", () -> Rooms.labels().size() == 1 && Rooms.tab(Rooms.DEFAULT) == null,
                () -> Rooms.labels().toString());
        Text input = Ui.widget(Text.class, WidgetIds.INPUT);
        input.setText("hello, whoever comes");
        RoomHost room = Services.require(RoomHost.class, null);
        room.stop("another port");
        room.start(HostSettings.onPort(port));
        Ui.until("the client to join", Ui.WAIT.plus(Ui.RECONNECT_MAX), () -> Rooms.tab(Rooms.DEFAULT) != null,
                () -> Rooms.labels().toString());
        Ui.spin(100);
        assertEquals("hello, whoever comes", input.getText(), "still in the line");
        try (RawMember olga = RawMember.join(port, "olga", Ui::until)) {
            input.notifyListeners(SWT.DefaultSelection, new Event());
            Ui.until("olga to get it", () -> olga.saw("ada: hello, whoever comes"), olga::received);
        }
    }

    /** Whether {@code tab}'s label is drawn in bold (a mention of the user is unread there). */
    private static boolean bold(CTabItem tab) {
        return (tab.getFont().getFontData()[0].getStyle() & SWT.BOLD) != 0;
    }

    @Test
    void aClickOnATabPutsTheCursorInTheInputLine() throws Exception {
        Rooms.host("ada");
        String side = Rooms.created("side");
        Table list = Rooms.table(side);
        list.setFocus();
        Text input = Ui.widget(Text.class, WidgetIds.INPUT);
        Ui.until("the focus on the list", () -> Ui.display().getFocusControl() == list,
                () -> String.valueOf(Ui.display().getFocusControl()));

        CTabItem general = Rooms.tab(Rooms.DEFAULT);
        Rectangle bounds = general.getBounds();
        Pointer.click(Rooms.folder(), bounds.x + bounds.width / 3, bounds.y + bounds.height / 2);
        Ui.until("the default room shown", () -> Rooms.folder().getSelection() == general,
                () -> Rooms.labels().toString());
        Ui.until("the cursor in the input line", () -> Ui.display().getFocusControl() == input,
                () -> String.valueOf(Ui.display().getFocusControl()));
    }

    @Test
    void joinAndLeaveFromTheMenuOpenAndCloseTheTab() throws Exception {
        int port = Rooms.host("ada");
        String lab = Rooms.fresh("lab");
        try (RoomsMember carol = RoomsMember.connect(port, "carol", "CREATE " + lab)) {
            Ui.until("carol's room", () -> carol.saw("JOINED"), carol::received);
            assertTrue(Ui.enabled(JOIN), "Join Room is offered while connected");
            carol.send("TOPIC " + lab + " experiments here");
            Ui.until("carol's topic", () -> carol.saw("experiments here"), carol::received);
            Table general = Rooms.table("general");
            general.setFocus(); // the focus elsewhere than the input line, as after a click in a list
            Ui.until("the focus on the list", () -> Ui.display().getFocusControl() == general,
                    () -> String.valueOf(Ui.display().getFocusControl()));
            Ui.command(JOIN);
            org.eclipse.swt.widgets.Shell dialog = Rooms.shellWith(JoinRoomDialog.SHELL);
            Text typed = Ui.widget(Text.class, JoinRoomDialog.NAME);
            Ui.until("the cursor in the room's name field", () -> Ui.display().getFocusControl() == typed,
                    () -> String.valueOf(Ui.display().getFocusControl()));
            // the server's rooms, asked for as the dialog opens: carol's with its one member and its topic
            Table listed = Ui.widget(Table.class, JoinRoomDialog.ROOMS);
            Ui.until("the server's rooms in the dialog", () -> rowOf(listed, lab) >= 0, () -> rowsOf(listed));
            TableItem item = listed.getItem(rowOf(listed, lab));
            assertEquals(List.of(lab, "1", "experiments here"),
                    List.of(item.getText(0), item.getText(1), item.getText(2)));
            assertTrue(rowOf(listed, "general") >= 0, "the default room is listed too: " + rowsOf(listed));
            assertTrue(Rooms.labels().size() == 1 && Rooms.index(Rooms.table("general"), "Room " + lab) < 0,
                    "the list went to the dialog, not into the room's messages as /rooms would");
            listed.setSelection(item);
            listed.notifyListeners(SWT.Selection, new Event());
            assertEquals(lab, Ui.widget(Text.class, JoinRoomDialog.NAME).getText(), "picking a room names it");
            Chat.press(dialog, org.eclipse.jface.dialogs.IDialogConstants.OK_ID);
            Rooms.awaitTab(lab);
            Ui.until("carol to see ada join", () -> carol.saw("JOIN ada"), carol::received);
            Text input = Ui.widget(Text.class, WidgetIds.INPUT);
            Rooms.focusWindow(); // as a window manager gives the window back its activation after the dialog
            Ui.until("the cursor in the input line of the room joined", () -> Ui.display().getFocusControl() == input,
                    () -> String.valueOf(Ui.display().getFocusControl()));

            Ui.command(LEAVE);
            Ui.until("the tab of " + lab + " to close", () -> Rooms.tab(lab) == null, () -> Rooms.labels().toString());
            Ui.until("carol to see ada leave", () -> carol.saw("LEAVE ada"), carol::received);
            assertEquals(java.util.List.of("general"), Rooms.labels());
            Ui.awaitRow("You left the room " + lab);
        }
    }

    /**
     * A name the server's list does not have is created, not joined: Join sent {@code /join}, which the room refused
     * ("There is no room called ...: /create ... creates it", a command to type).
     */
    @Test
    void aRoomTheListDoesNotHaveIsCreatedFromTheJoinDialog() throws Exception {
        Rooms.host("ada");
        String fresh = Rooms.fresh("new");
        Ui.command(JOIN);
        org.eclipse.swt.widgets.Shell dialog = Rooms.shellWith(JoinRoomDialog.SHELL);
        Table listed = Ui.widget(Table.class, JoinRoomDialog.ROOMS);
        Ui.until("the server's rooms in the dialog", () -> rowOf(listed, "general") >= 0, () -> rowsOf(listed));
        Text typed = Ui.widget(Text.class, JoinRoomDialog.NAME);
        typed.setText("GENERAL"); // listed, in any case: joined
        assertEquals("&Join", Chat.button(dialog, org.eclipse.jface.dialogs.IDialogConstants.OK_ID).getText());
        typed.setText(fresh);
        assertEquals("&Create", Chat.button(dialog, org.eclipse.jface.dialogs.IDialogConstants.OK_ID).getText(),
                "the button says what it does");
        assertEquals("No room called " + fresh + " on the server: Create makes it, and you join it.",
                Ui.widget(org.eclipse.swt.widgets.Label.class, JoinRoomDialog.STATUS).getText());
        Chat.press(dialog, org.eclipse.jface.dialogs.IDialogConstants.OK_ID);
        Rooms.awaitTab(fresh);
        assertTrue(Rooms.index(Rooms.table("general"), "There is no room called") < 0, "not refused");
    }

    private static int rowOf(Table table, String room) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getText(0).equals(room)) {
                return i;
            }
        }
        return -1;
    }

    private static String rowsOf(Table table) {
        java.util.List<String> rows = new java.util.ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(item.getText(0) + " " + item.getText(1) + " " + item.getText(2));
        }
        return rows.toString();
    }

    /**
     * Found by using the product: with more rooms than the tab row shows, what was said in a hidden room, a mention of
     * the user included, showed nowhere but in the window's title; the chevron counts hidden tabs, not what is in them.
     */
    @Test
    void whatIsUnreadInHiddenTabsIsToldBesideTheTabsAndAClickShowsIt() throws Exception {
        int port = Rooms.host("keeper");
        connectAgainAsRemote(port);
        List<String> rooms = new ArrayList<>();
        for (int i = 0; rooms.isEmpty() || Rooms.tab(rooms.get(0)).isShowing(); i++) { // until the first is hidden
            assertTrue(i < 30, "the tabs overflow");
            rooms.add(Rooms.created("overflowing-tab-" + i));
            Ui.spin(50);
        }
        // a click on a tab never closes it: its close button shows only once it is shown
        assertFalse(Rooms.folder().getUnselectedCloseVisible(), "no close button on the tabs not shown");
        String hidden = rooms.get(0);
        Label told = Ui.widget(Label.class, WidgetIds.HIDDEN_UNREAD);
        assertFalse(told.getVisible(), "nothing unread is hidden yet");
        try (RoomsMember bob = RoomsMember.connect(port, "bob", "JOIN " + hidden)) {
            bob.send("MSG " + hidden + " one for " + Services.require(ChatClient.class, null).nickname());
            Ui.until("told beside the tabs", () -> told.getVisible()
                    && told.getText().equals(RoomTexts.format(RoomTexts.hiddenUnread, 1)), told::getText);
            assertEquals(SWT.BOLD, told.getFont().getFontData()[0].getStyle() & SWT.BOLD, "a mention, in bold");
            Event click = new Event();
            click.button = 1;
            told.notifyListeners(SWT.MouseUp, click);
            CTabItem shown = Rooms.folder().getSelection();
            assertNotNull(shown);
            assertTrue(shown.getText().startsWith(hidden), "the room shown: " + shown.getText());
            Ui.until("nothing unread hidden any more", () -> !told.getVisible(), told::getText);
        }
        for (String room : rooms) { // the rooms kept for this server stay as the other tests expect them
            Ui.typeAndEnter("/part " + room);
        }
        Ui.until("the rooms left", () -> Rooms.labels().size() == 1, () -> Rooms.labels().toString());
    }
}
