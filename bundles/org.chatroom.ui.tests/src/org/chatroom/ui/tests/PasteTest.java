package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicInteger;

import org.chatroom.api.client.ChatClient;
import org.chatroom.testing.RawMember;
import org.chatroom.testing.Services;
import org.chatroom.ui.internal.views.ViewTexts;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A paste of several lines into a message field (GTK's one-line field keeps the breaks): each line is a message,
 * none a command; in a private conversation every line stays private; more than five lines ask first. The clients
 * took every line as typed: a pasted "/nick" line renamed the user, and a private conversation sent all but the
 * first line of a paste to the room.
 */
class PasteTest {

    /** The buttons of a question dialog: Yes, No. */
    private static final int YES = 0;
    private static final int NO = 1;

    @BeforeEach
    void atTheWindow() {
        Feed.closePrivates();
        Rooms.focusWindow();
    }

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void eachLineOfAPasteIsSaidEvenOneThatLooksLikeACommand() throws Exception {
        int port = Chat.host("ada");
        try (RawMember bob = RawMember.join(port, "bob", Ui::until)) {
            Text input = Ui.widget(Text.class, WidgetIds.INPUT);
            paste(input, "first line\n/nick evil\n   \n//two slashes\nlast line\n");
            press(input);
            for (String said : new String[] { "ada: first line", "ada: /nick evil", "ada: //two slashes",
                    "ada: last line" }) {
                Ui.until("bob to get '" + said + "'", () -> bob.saw(said), bob::received);
            }
            assertEquals("ada", Services.require(ChatClient.class, null).nickname(), "no /nick ran");
            assertEquals("", input.getText(), "all sent, the field is empty");
            Ui.until("the lines in my list", () -> Ui.lastRowContaining("/nick evil", 10) >= 0,
                    () -> String.join("\n", Ui.lastRows(6)));
        }
    }

    @Test
    void everyLineOfAPasteInAPrivateConversationStaysPrivate() throws Exception {
        int port = Chat.host("whisperer");
        try (RawMember bob = RawMember.join(port, "bob", Ui::until)) {
            Text input = Feed.openPrivate("bob");
            paste(input, "the plan\nis secret\n/quit is not a command here");
            press(input);
            for (String line : new String[] { "the plan", "is secret", "/quit is not a command here" }) {
                Ui.until("bob to get '" + line + "' privately", () -> bob.saw("(private) whisperer: " + line),
                        bob::received);
            }
            assertFalse(bob.received().replace("(private) whisperer:", "").contains("whisperer:"),
                    "nothing went to the room: " + bob.received());
        }
    }

    @Test
    void aPasteOfManyLinesAsksFirstAndKeepsTheTextWhenTheAnswerIsNo() throws Exception {
        int port = Chat.host("ada");
        try (RawMember bob = RawMember.join(port, "bob", Ui::until)) {
            Text input = Ui.widget(Text.class, WidgetIds.INPUT);
            String seven = "l1\nl2\nl3\nl4\nl5\nl6\nl7";
            input.setText(seven);
            AtomicInteger asked = answer(NO);
            press(input);
            assertEquals(1, asked.get(), "asked once");
            assertEquals(seven, input.getText(), "nothing sent: the text stays");

            asked = answer(YES);
            press(input);
            assertEquals(1, asked.get());
            Ui.until("bob to get all seven", () -> bob.saw("ada: l1") && bob.saw("ada: l7"), bob::received);
            assertEquals("", input.getText());
        }
    }

    /** Puts {@code text} on the clipboard and pastes it into {@code field}, as Ctrl+V does. */
    private static void paste(Text field, String text) {
        Clipboard clipboard = new Clipboard(Ui.display());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
            field.setFocus();
            field.setText("");
            field.paste();
            Ui.until("the paste in the field", () -> field.getText().equals(text), field::getText);
        } finally {
            clipboard.dispose();
        }
    }

    private static void press(Text field) {
        field.notifyListeners(SWT.DefaultSelection, new Event());
        Ui.spin(50);
    }

    /**
     * Answers the question the next send asks (its dialog blocks the send, in an event loop of its own) with the
     * button {@code id}; @return how many times it was asked
     */
    private static AtomicInteger answer(int id) {
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger looks = new AtomicInteger();
        Runnable[] look = new Runnable[1];
        look[0] = () -> {
            for (Shell shell : Ui.display().getShells()) {
                if (shell.isVisible() && ViewTexts.pasteTitle.equals(shell.getText())) {
                    asked.incrementAndGet();
                    Chat.press(shell, id);
                    return;
                }
            }
            if (looks.incrementAndGet() < 200) { // 10 s: then the test finds it was not asked
                Ui.display().timerExec(50, look[0]);
            }
        };
        Ui.display().timerExec(50, look[0]);
        return asked;
    }
}
