package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawMember;
import org.chatroom.testing.Services;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.Secrets;
import org.chatroom.ui.internal.privates.PrivateChats;
import org.chatroom.ui.internal.views.WidgetIds;
import org.chatroom.ui.internal.views.WidgetTree;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The host's Kick..., Ban... and Lift Bans... on the members view, from the room shown, and a hosted room with a
 * password.
 */
class ModerationUiTest {

    @AfterEach
    void reset() throws Exception {
        RoomHost room = Services.require(RoomHost.class, null);
        for (String ban : room.bans()) {
            room.unban(ban);
        }
        for (String ban : room.bans(Rooms.DEFAULT)) {
            room.unban(Rooms.DEFAULT, ban);
        }
        Chat.reset();
    }

    private static void host(int port) {
        Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, port);
        Chat.prefs().put(ChatPreferences.NICKNAME, "hostess");
        Chat.host();
        Ui.until("connected to the hosted room", () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
    }

    @Test
    void theHostKicksAndBansFromTheMembersView() throws Exception {
        int port = Chat.freePort();
        host(port);
        try (RawMember bob = RawMember.join(port, "bob", Ui::until);
                RawMember carol = RawMember.join(port, "carol", Ui::until)) {
            Ui.until("bob and carol listed", () -> Members.names().size() == 3, () -> Members.names().toString());
            Menu menu = Members.menu();
            Members.select("hostess");
            assertFalse(Feed.item(menu, WidgetIds.KICK).isEnabled(), "no Kick... for the host itself");
            assertFalse(Feed.item(menu, WidgetIds.BAN).isEnabled(), "no Ban... of the host itself (its address)");
            assertFalse(Feed.item(menu, WidgetIds.OPEN_PRIVATE).isEnabled(), "no conversation with oneself");
            Members.open("hostess"); // a double click on the own name
            Members.open("bob");
            Ui.until("the conversation with bob", () -> PrivateChats.isOpen("bob"), () -> "not open");
            assertFalse(PrivateChats.isOpen("hostess"), "none with oneself (opened before bob's, if at all)");
            Feed.closePrivates();
            MenuItem kick = Feed.item(menu, WidgetIds.KICK);
            assertTrue(kick.isEnabled(), "Kick... is offered while hosting with a member selected");

            answerReasonDialog(Messages.kickTitle, "spamming");
            kick.notifyListeners(SWT.Selection, new Event());
            Ui.until("bob to be told", () -> bob.saw("You were removed by the host: spamming") && bob.closedByRoom(),
                    bob::received);
            Ui.until("carol to see bob go", () -> carol.saw("bob left the chat."), carol::received);
            Ui.awaitRow(NLS.bind(Messages.leftWithReason, "bob", "kicked by host: spamming"));
            Ui.until("bob gone from the list", () -> Members.names().equals(List.of("carol", "hostess")),
                    () -> Members.names().toString());

            Members.select("carol");
            assertFalse(Feed.item(menu, WidgetIds.BANS).isEnabled(), "no Lift Bans... while nobody is banned");
            MenuItem ban = Feed.item(menu, WidgetIds.BAN);
            answerReasonDialog(Messages.banTitle, "");
            ban.notifyListeners(SWT.Selection, new Event());
            Ui.until("carol to be told", () -> carol.saw("You are banned from the room " + Rooms.DEFAULT + " (banned by host).")
                    && carol.closedByRoom(), carol::received); // in the default room alone, she cannot stay on
            Ui.awaitRow(NLS.bind(Messages.banned, "carol", Rooms.DEFAULT));
            RoomHost host = Services.require(RoomHost.class, null);
            assertEquals(List.of("carol"), host.bans(Rooms.DEFAULT), "banned from the room shown");
            assertEquals(List.of(), host.bans(), "not from the whole server");
            try (RawMember again = new RawMember(port)) {
                Ui.until("the name prompt", () -> again.saw(RawMember.PROMPT), again::received);
                again.send("carol");
                Ui.until("the banned name refused", () -> again.saw("That name is banned in this room"),
                        again::received);
            }

            host.ban("mallory", ""); // the whole server's, as from the server's console
            MenuItem lift = Feed.item(menu, WidgetIds.BANS);
            assertTrue(lift.isEnabled(), "Lift Bans... is offered while hosting a room with bans");
            String serverWide = NLS.bind(Messages.bannedFromServer, "mallory");
            List<List<String>> listed = answerBansDialog("carol", serverWide);
            lift.notifyListeners(SWT.Selection, new Event());
            Ui.awaitRow(NLS.bind(Messages.unbanned, "carol", Rooms.DEFAULT));
            Ui.awaitRow(NLS.bind(Messages.unbannedServer, "mallory"));
            assertEquals(List.of(List.of("Lift disabled", "carol", serverWide, "Lift enabled")), listed,
                    "the room's bans, then the server's; Lift offered only once a ban is checked");
            assertEquals(List.of(), host.bans(Rooms.DEFAULT));
            assertEquals(List.of(), host.bans());
            try (RawMember back = RawMember.join(port, "carol", Ui::until)) {
                Ui.until("carol listed again", () -> Members.names().contains("carol"),
                        () -> Members.names().toString());
            }
        }
        Ui.command(Chat.STOP_COMMAND);
        Ui.until("hosting to stop", () -> Ui.hosting().isEmpty(), Ui::hosting);
        assertFalse(Feed.item(Members.menu(), WidgetIds.KICK).isEnabled(), "no Kick... when not hosting");
        assertFalse(Feed.item(Members.menu(), WidgetIds.BAN).isEnabled(), "no Ban... when not hosting");
    }

    /**
     * Kick... and Ban... act on the room shown, whose members the view lists: a member of two rooms kicked or banned
     * from one stays in the other. They took him off the whole server, while the host read "You removed bob from the
     * room".
     */
    @Test
    void aKickOrBanFromTheRoomShownLeavesTheMemberInTheOthers() throws Exception {
        int port = Chat.freePort();
        host(port);
        String ops = Rooms.created("ops");
        RoomHost host = Services.require(RoomHost.class, null);
        try (RoomsMember bob = RoomsMember.connect(port, "bob", "JOIN " + Rooms.DEFAULT)) {
            bob.send("JOIN " + ops);
            Ui.until("bob listed in " + ops, () -> Members.names().contains("bob"), () -> Members.names().toString());
            Members.select("bob");
            answerReasonDialog(Messages.kickTitle, "off topic");
            Feed.item(Members.menu(), WidgetIds.KICK).notifyListeners(SWT.Selection, new Event());
            Ui.until("bob told he left " + ops, () -> bob.saw(" " + ops + " kicked by host: off topic"),
                    bob::received);
            Ui.awaitRow(NLS.bind(Messages.kicked, "bob", ops));
            assertTrue(host.status().members().contains("bob"), "still in " + Rooms.DEFAULT);

            bob.send("JOIN " + ops);
            Ui.until("bob back in " + ops, () -> Members.names().contains("bob"), () -> Members.names().toString());
            Members.select("bob");
            answerReasonDialog(Messages.banTitle, "");
            Feed.item(Members.menu(), WidgetIds.BAN).notifyListeners(SWT.Selection, new Event());
            Ui.until("bob told he left " + ops, () -> bob.saw(" " + ops + " banned by host"), bob::received);
            Ui.awaitRow(NLS.bind(Messages.banned, "bob", ops));
            assertEquals(List.of("bob"), host.bans(ops));
            assertEquals(List.of(), host.bans(), "not from the whole server");
            bob.send("JOIN " + ops);
            Ui.until("bob refused in " + ops, () -> bob.saw("ROOM_BANNED"), bob::received);
            assertTrue(host.status().members().contains("bob"), "still in " + Rooms.DEFAULT);
        }
    }

    @Test
    void aHostedRoomWithAPasswordLetsTheHostInAndRefusesOriginalClients() throws Exception {
        Secrets.put(ChatPreferences.HOSTING_PASSWORD, "hush");
        int port = Chat.freePort();
        host(port);
        try (RawMember oldie = new RawMember(port)) {
            Ui.until("the name prompt", () -> oldie.saw(RawMember.PROMPT), oldie::received);
            oldie.send("oldie");
            Ui.until("the refusal", () -> oldie.saw("This room needs a password: use a Chatroom client.")
                    && oldie.closedByRoom(), oldie::received);
        }
        assertEquals(List.of("hostess"), Services.require(RoomHost.class, null).status().members());
    }

    /** When the reason dialog titled {@code title} opens, types {@code reason} and presses OK, like the host. */
    private static void answerReasonDialog(String title, String reason) {
        answerDialog(title, shell -> find(shell, Text.class, null).setText(reason));
    }

    /**
     * When the Lift Bans dialog opens, checks the entries {@code toLift} and presses Lift, like the host.
     *
     * @return what the dialog listed, once it opened
     */
    private static List<List<String>> answerBansDialog(String... toLift) {
        List<String> wanted = List.of(toLift);
        List<List<String>> listed = new CopyOnWriteArrayList<>();
        answerDialog(Messages.bansTitle, shell -> {
            Button lift = find(shell, Button.class, IDialogConstants.OK_ID);
            List<String> entries = new ArrayList<>();
            entries.add("Lift " + (lift.isEnabled() ? "enabled" : "disabled")); // asserted by the test, after
            Table table = find(shell, Table.class, null);
            for (TableItem item : table.getItems()) {
                entries.add(item.getText());
                item.setChecked(wanted.contains(item.getText()));
                Event check = new Event();
                check.detail = SWT.CHECK;
                check.item = item;
                table.notifyListeners(SWT.Selection, check); // as a click in the box
            }
            entries.add("Lift " + (lift.isEnabled() ? "enabled" : "disabled"));
            listed.add(entries);
        });
        return listed;
    }

    /** When the dialog titled {@code title} opens (it is modal: this runs inside its loop), fills it and presses OK. */
    private static void answerDialog(String title, Consumer<Shell> fill) {
        Ui.display().asyncExec(() -> {
            for (Shell shell : Ui.display().getShells()) {
                if (title.equals(shell.getText()) && !shell.isDisposed()) {
                    fill.accept(shell);
                    find(shell, Button.class, IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            throw new AssertionError("no dialog titled " + title);
        });
    }

    private static <T extends Control> T find(Control control, Class<T> type, Object data) {
        return WidgetTree.first(control, type, found -> data == null || data.equals(found.getData()));
    }
}
