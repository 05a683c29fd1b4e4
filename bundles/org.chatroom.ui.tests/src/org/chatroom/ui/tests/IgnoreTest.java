package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.testing.RawMember;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.IgnoredNames;
import org.chatroom.ui.internal.privates.PrivateChats;
import org.chatroom.ui.internal.views.ViewTexts;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A chat product lets a user stop seeing what one member says (as IRC clients' /ignore): typed, or from the member
 * list's menu; what the member says in the room and privately is not shown, their joins and leaves are.
 */
class IgnoreTest {

    @AfterEach
    void reset() throws Exception {
        IgnoredNames.list().forEach(IgnoredNames::remove);
        Chat.reset();
    }

    @Test
    void typedIgnoreHidesWhatAMemberSaysAndUnignoreShowsItAgain() {
        Ui.typeAndEnter("/ignore troll");
        Ui.awaitRow(NLS.bind(ViewTexts.ignoredNow, "troll"));
        Instant now = Instant.now();
        Feed.bridge().events(List.of(Feed.said("troll", "spam one"), Feed.said("TROLL", "spam two"),
                new ChatEvent(Kind.ACTION, now, "troll", "", "spams"),
                new ChatEvent(Kind.PRIVATE, now, "troll", "", "psst"),
                new ChatEvent(Kind.JOIN, now, "troll", "", ""),
                Feed.said("carol", "after the spam")));
        Ui.awaitRow("after the spam");
        for (String said : List.of("spam one", "spam two", "spams", "psst")) {
            assertEquals(-1, Ui.lastRowContaining(said, 20), "nothing troll said, in any case of the name: "
                    + Ui.lastRows(6));
        }
        assertTrue(Ui.lastRowContaining(NLS.bind(Messages.joined, "troll"), 6) >= 0, "troll's join still shows");
        assertFalse(PrivateChats.isOpen("troll"), "no conversation opened by what troll sent privately");

        Ui.typeAndEnter("/ignore");
        Ui.awaitRow(NLS.bind(ViewTexts.ignoring, "troll"));
        Ui.typeAndEnter("/unignore Troll");
        Ui.awaitRow(NLS.bind(ViewTexts.unignoredNow, "Troll"));
        Feed.bridge().events(List.of(Feed.said("troll", "heard again")));
        Ui.awaitRow("heard again");
        Ui.typeAndEnter("/unignore troll");
        Ui.awaitRow(NLS.bind(ViewTexts.notIgnored, "troll"));
    }

    @Test
    void theMemberListIgnoresTheMemberSelectedAndNeverTheUser() throws Exception {
        int port = Chat.freePort();
        Chat.prefs().putInt(ChatPreferences.HOSTING_PORT, port);
        Chat.prefs().put(ChatPreferences.NICKNAME, "hostess");
        Chat.host();
        Ui.until("connected to the hosted room", () -> Ui.status().startsWith(Messages.stateConnected), Ui::status);
        try (RawMember bob = RawMember.join(port, "bob", Ui::until)) {
            Ui.until("bob listed", () -> Members.names().size() == 2, () -> Members.names().toString());
            Menu menu = Members.menu();
            Members.select("hostess");
            assertFalse(Feed.item(menu, WidgetIds.IGNORE).isEnabled(), "no Ignore for the user's own name");
            Ui.typeAndEnter("/ignore HOSTESS");
            Ui.awaitRow(ViewTexts.ignoreSelf);

            Members.select("bob");
            MenuItem ignore = Feed.item(menu, WidgetIds.IGNORE);
            assertEquals(ViewTexts.menuIgnore, ignore.getText());
            Feed.choose(menu, WidgetIds.IGNORE);
            Ui.awaitRow(NLS.bind(ViewTexts.ignoredNow, "bob"));
            assertEquals(List.of("bob"), IgnoredNames.list(), "kept in the preferences");
            Ui.until("bob marked in the member list", () -> Members.shown().contains(NLS.bind(ViewTexts.memberIgnored,
                    "bob")), () -> Members.shown().toString());
            bob.send("you cannot read this");
            bob.send("/me waves unseen");
            Ui.typeAndEnter("a line of my own");
            Ui.awaitRow("a line of my own");
            Ui.until("bob's lines at the room", () -> bob.saw("hostess: a line of my own"), bob::received);
            assertEquals(-1, Ui.lastRowContaining("read this", 10), Ui.lastRows(5).toString());
            assertEquals(-1, Ui.lastRowContaining("waves unseen", 10), Ui.lastRows(5).toString());

            Members.select("bob");
            assertEquals(ViewTexts.menuUnignore, Feed.item(menu, WidgetIds.IGNORE).getText());
            Feed.choose(menu, WidgetIds.IGNORE);
            Ui.awaitRow(NLS.bind(ViewTexts.unignoredNow, "bob"));
            Ui.until("bob no longer marked", () -> Members.shown().contains("bob"), () -> Members.shown().toString());
            bob.send("and now you can");
            Ui.awaitRow("and now you can");

            Text conversation = Feed.openPrivate("bob"); // typed in a conversation: answered, not sent
            conversation.setText("/ignore bob");
            conversation.notifyListeners(SWT.DefaultSelection, new Event());
            Ui.until("bob ignored from his conversation", () -> IgnoredNames.ignored("bob"),
                    () -> IgnoredNames.list().toString());
            Ui.awaitRow(NLS.bind(ViewTexts.ignoredNow, "bob"));
        } finally {
            Feed.closePrivates();
        }
    }
}
