package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.RawMember;
import java.util.ArrayList;
import java.util.List;

import org.chatroom.ui.internal.views.Completer;
import org.chatroom.ui.internal.views.ViewTexts;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tab completes member names and commands in the input field; /help, and Help > Commands, list the commands. */
class CompletionTest {

    @AfterEach
    void reset() throws Exception {
        Ui.widget(Text.class, WidgetIds.INPUT).setText("");
        Chat.reset();
    }

    @Test
    void completionCyclesNamesAndCompletesCommands() {
        Completer completer = new Completer();
        List<String> members = List.of("carol", "Carla", "dave");
        assertEquals(new Completer.Result("Carla: ", 7), completer.complete("ca", 2, members));
        assertEquals(new Completer.Result("carol: ", 7), completer.complete("Carla: ", 7, members), "Tab cycles");
        assertEquals(new Completer.Result("Carla: ", 7), completer.complete("carol: ", 7, members), "and wraps");
        assertEquals(new Completer.Result("hi dave there", 7), new Completer().complete("hi d there", 4, members),
                "inside a line: the name and a space, the rest kept");
        assertEquals(new Completer.Result("/topic ", 7), new Completer().complete("/to", 3, members));
        assertEquals(new Completer.Result("/msg dave ", 10), new Completer().complete("/msg d", 6, members));
        assertNull(new Completer().complete("zz", 2, members));
    }

    @Test
    void tabInTheInputFieldCompletesAMemberOfTheRoom() throws Exception {
        int port = Chat.host("tabber");
        try (RawMember carol = RawMember.join(port, "carolina", Ui::until)) {
            Ui.until("carolina in the member list", () -> Members.names().size() == 2,
                    () -> Members.names().toString());
            Text input = Ui.widget(Text.class, WidgetIds.INPUT);
            input.setText("car");
            input.setSelection(3);
            tab(input);
            assertEquals("carolina: ", input.getText(), "a name at the start of a line gets a colon");
            assertEquals(10, input.getCaretPosition());
            input.setText("/ni");
            input.setSelection(3);
            tab(input);
            assertEquals("/nick ", input.getText());
        }
    }

    @Test
    void helpListsTheCommands() {
        Ui.typeAndEnter("/help");
        Ui.awaitRow(ViewTexts.helpHeader);
        for (String command : Completer.COMMANDS) {
            Ui.awaitRow(command + " ");
        }
        assertEquals("", Ui.widget(Text.class, WidgetIds.INPUT).getText(), "/help leaves the field");
    }

    @Test
    void helpCommandsInTheMenuListsThemToo() {
        Menu bar = Ui.window().getShell().getMenuBar();
        List<String> help = new ArrayList<>();
        for (MenuItem top : bar.getItems()) {
            if (top.getText().replace("&", "").equals("Help")) {
                top.getMenu().notifyListeners(SWT.Show, new Event()); // the workbench fills its menus as they open
                for (MenuItem item : top.getMenu().getItems()) {
                    help.add(item.getText().replace("&", ""));
                }
            }
        }
        assertTrue(help.stream().anyMatch(text -> text.startsWith("Commands")), "Help > Commands: " + help);
        Table list = Ui.messages();
        int before = Rooms.count(list, ViewTexts.helpHeader);
        Ui.command("org.chatroom.ui.command.help");
        Ui.until("the commands listed once more", () -> Rooms.count(list, ViewTexts.helpHeader) == before + 1,
                () -> Rooms.last(list, 3));
        for (String command : Completer.COMMANDS) {
            Ui.awaitRow(command + " ");
        }
    }

    private static void tab(Text input) {
        Event event = new Event();
        event.detail = SWT.TRAVERSE_TAB_NEXT;
        event.doit = true;
        event.keyCode = SWT.TAB;
        input.notifyListeners(SWT.Traverse, event);
    }
}
