package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.chatroom.ui.internal.rooms.RoomTexts;
import org.chatroom.ui.internal.rooms.SearchDialog;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 9, desktop: Ctrl+F searches the history of the room shown on the server and lists time, name and text. */
class RoomSearchTest {

    static final String FIND = "org.chatroom.ui.command.searchRoom";

    @BeforeEach
    void atTheWindow() {
        Rooms.focusWindow();
    }

    @AfterEach
    void reset() throws Exception {
        for (Shell shell : Ui.display().getShells()) {
            if (SearchDialog.SHELL.equals(shell.getData(org.chatroom.ui.internal.views.WidgetIds.KEY))) {
                shell.close();
            }
        }
        Chat.reset();
    }

    /**
     * A room whose only event is this client's own join (hidden: its notice says it) can be searched: the tab did not
     * count the join and refused every search and scroll-back ("the room is still sending its history") until someone
     * said something. The join may come a moment after the notice, so the search is tried again as the user is told.
     */
    @Test
    void aRoomWhoseOnlyEventIsTheOwnJoinCanBeSearched() throws Exception {
        Rooms.host("ada");
        String room = Rooms.created("quiet");
        Rooms.awaitRow(Rooms.table(room), "Joined the room " + room);
        Ui.command(FIND);
        Rooms.shellWith(SearchDialog.SHELL);
        Ui.widget(Text.class, SearchDialog.WORDS).setText("nowhere");
        Button search = Ui.widget(Button.class, SearchDialog.GO);
        Label status = Ui.widget(Label.class, SearchDialog.STATUS);
        Ui.until("the search to be answered", () -> {
            if (status.getText().startsWith("Nothing found")) {
                return true;
            }
            if (!status.getText().startsWith(RoomTexts.searchRunning)) {
                search.notifyListeners(SWT.Selection, new Event()); // (again)
            }
            return false;
        }, status::getText);
    }

    /**
     * Searched while not connected, the dialog says so: it said "the room is still sending its history, or you are not
     * in it. Try again in a moment", and no moment would help.
     */
    @Test
    void aSearchWhileNotConnectedSaysSo() throws Exception {
        Rooms.host("ada");
        Ui.command(Chat.STOP_COMMAND);
        Ui.until("hosting to stop", () -> Ui.hosting().isEmpty(), Ui::hosting);
        Ui.command(FIND);
        Rooms.shellWith(SearchDialog.SHELL);
        Ui.widget(Text.class, SearchDialog.WORDS).setText("anything");
        Ui.widget(Button.class, SearchDialog.GO).notifyListeners(SWT.Selection, new Event());
        Label status = Ui.widget(Label.class, SearchDialog.STATUS);
        assertEquals(RoomTexts.searchNotConnected, status.getText());
    }

    @Test
    void ctrlFSearchesTheRoomShownAndListsTheResultsNewestFirst() throws Exception {
        IBindingService bindings = Ui.window().getService(IBindingService.class);
        TriggerSequence[] keys = bindings.getActiveBindingsFor(FIND);
        assertTrue(Arrays.asList(keys).contains(KeySequence.getInstance("M1+F")), Arrays.toString(keys));
        assertEquals(FIND, bindings.getPerfectMatch(KeySequence.getInstance("M1+F")).getParameterizedCommand()
                .getId(), "Ctrl+F runs the search, nothing else");

        int port = Rooms.host("ada");
        String room = Rooms.fresh("ship");
        try (RoomsMember bob = RoomsMember.connect(port, "bob", "CREATE " + room)) {
            bob.send("MSG " + room + " deploy at five");
            bob.send("MSG " + room + " lunch first?");
            bob.send("MSG " + room + " deploy done, all green");
            Ui.until("bob's lines", () -> bob.saw("deploy done"), bob::received);
            Ui.typeAndEnter("/join " + room);
            Rooms.awaitTab(room);
            Rooms.awaitRow(Rooms.table(room), RoomTexts.historyEnd); // joined: the history has come

            Ui.command(FIND);
            Shell dialog = Rooms.shellWith(SearchDialog.SHELL);
            assertTrue(dialog.getText().contains(room), "searches the room shown: " + dialog.getText());
            Ui.widget(Text.class, SearchDialog.WORDS).setText("deploy");
            Ui.widget(Button.class, SearchDialog.GO).notifyListeners(SWT.Selection, new Event());
            Label status = Ui.widget(Label.class, SearchDialog.STATUS);
            Ui.until("the search to complete", () -> status.getText().startsWith("2 results"), status::getText);
            Table results = Ui.widget(Table.class, SearchDialog.RESULTS);
            assertEquals(2, results.getItemCount());
            assertEquals("deploy done, all green", results.getItem(0).getText(2), "newest first");
            assertEquals("deploy at five", results.getItem(1).getText(2));
            assertEquals("bob", results.getItem(0).getText(1));
            assertTrue(results.getItem(0).getText(0).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"),
                    results.getItem(0).getText(0));
            assertEquals(-1, Rooms.index(Rooms.table(room), "2 results"), "the answer's end is not a row");

            Ui.widget(Text.class, SearchDialog.WORDS).setText("nowhere");
            Ui.widget(Button.class, SearchDialog.GO).notifyListeners(SWT.Selection, new Event());
            Ui.until("nothing found", () -> status.getText().startsWith("Nothing found"), status::getText);
            assertEquals(0, results.getItemCount());
        }
    }

    /**
     * A result double-clicked is shown in the room's list, selected and in view, in the room's tab (shown if another
     * was), the older pages loaded that reach it: the search listed it, and the user had to scroll back to find it.
     */
    @Test
    void aResultDoubleClickedIsShownInItsRoomWithTheOlderPagesThatReachIt() throws Exception {
        int port = Rooms.host("ada");
        String room = Rooms.fresh("hay");
        try (RoomsMember bob = RoomsMember.connect(port, "bob", "CREATE " + room);
                RoomsMember carl = RoomHistoryTest.joined(port, "carl", room, bob);
                RoomsMember dave = RoomHistoryTest.joined(port, "dave", room, carl);
                RoomsMember erin = RoomHistoryTest.joined(port, "erin", room, dave)) {
            bob.send("MSG " + room + " a needle in the hay");
            RoomHistoryTest.say120Lines(room, List.of(bob, carl, dave, erin));
            Ui.typeAndEnter("/join " + room);
            Rooms.awaitTab(room);
            Table list = Rooms.table(room);
            Rooms.awaitRow(list, RoomTexts.historyEnd);
            assertEquals(-1, Rooms.index(list, "a needle in the hay"), "older than the history of a join");

            Ui.command(FIND);
            Rooms.shellWith(SearchDialog.SHELL);
            Ui.widget(Text.class, SearchDialog.WORDS).setText("needle");
            Ui.widget(Button.class, SearchDialog.GO).notifyListeners(SWT.Selection, new Event());
            Label status = Ui.widget(Label.class, SearchDialog.STATUS);
            Ui.until("the search to complete", () -> status.getText().startsWith("1 result"), status::getText);
            assertTrue(status.getText().contains("double-click"), "the user is told: " + status.getText());
            Rooms.showDefault(); // the user looks at another room meanwhile
            Shell dialog = Rooms.shellWith(SearchDialog.SHELL);
            dialog.setLocation(list.toDisplay(0, 0)); // over the list, where the row will be shown
            Table results = Ui.widget(Table.class, SearchDialog.RESULTS);
            results.select(0);
            results.notifyListeners(SWT.DefaultSelection, new Event());
            Ui.until("the result to be shown", () -> status.getText().startsWith("Shown in"), status::getText);

            assertEquals(Rooms.tab(room), Rooms.folder().getSelection(), "its room's tab is shown");
            int selected = list.getSelectionIndex();
            assertTrue(selected >= 0 && list.getItem(selected).getText(2).equals("a needle in the hay"),
                    "selected: " + (selected < 0 ? "nothing" : Ui.row(list, selected)));
            int visible = list.getClientArea().height / Math.max(1, list.getItemHeight());
            Ui.until("the result in view (GTK scrolls when idle)", () -> selected >= list.getTopIndex()
                    && selected < list.getTopIndex() + visible, () -> "line " + selected + ", top "
                            + list.getTopIndex() + ", " + visible + " shown");
            Ui.until("the dialog moved off the row shown", () -> !dialog.getBounds().intersects(area(list, selected)),
                    () -> dialog.getBounds() + " over " + area(list, selected));
            StyledText reader = Ui.beside(list, StyledText.class, WidgetIds.READER);
            assertTrue(reader.getVisible() && reader.getText().endsWith("a needle in the hay"),
                    "read in full below the list (it kept the row selected before): " + reader.getText());
            assertEquals(1, Rooms.count(list, "a needle in the hay"), "once");
            for (int i = 0; i < 120; i++) {
                assertEquals(1, Rooms.count(list, "line " + i), "the lines between it and the history, each once");
            }
        }
    }

    /** @return where line {@code line} of {@code list} is on the screen */
    private static Rectangle area(Table list, int line) {
        Rectangle bounds = list.getItem(line).getBounds();
        Point at = list.toDisplay(bounds.x, bounds.y);
        return new Rectangle(at.x, at.y, bounds.width, bounds.height);
    }
}
