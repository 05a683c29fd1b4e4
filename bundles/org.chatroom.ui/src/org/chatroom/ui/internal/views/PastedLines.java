package org.chatroom.ui.internal.views;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * A paste of several lines into a message field (GTK's one-line field keeps their breaks): each line is sent as a
 * message of its own, never as a command. The clients split such a text at its breaks and took every line as typed,
 * so a pasted line starting with "/" ran as a command ("/quit" in a pasted log left the room), and in a private
 * conversation only the first line stayed private: the others went to the room. Above {@value #ASK_ABOVE} lines
 * the user is asked first.
 */
final class PastedLines {

    /** The most lines sent without asking. */
    static final int ASK_ABOVE = 5;

    private PastedLines() {
    }

    /** @return the lines of {@code text} that say something, in order */
    static List<String> of(String text) {
        return text.lines().filter(line -> !line.isBlank()).toList();
    }

    /**
     * Sends each of {@code lines} with {@code say} (as a message), after asking when there are many; stops at the
     * first one not sent (not connected).
     *
     * @return the lines not sent: none when all were, all when the user said no
     */
    static List<String> send(Shell shell, List<String> lines, Predicate<String> say) {
        if (lines.size() > ASK_ABOVE && !MessageDialog.openQuestion(shell, ViewTexts.pasteTitle,
                NLS.bind(ViewTexts.pasteQuestion, lines.size()))) {
            return lines;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!say.test(lines.get(i))) {
                return lines.subList(i, lines.size());
            }
        }
        return List.of();
    }
}
