package org.chatroom.ui.internal.app;

import java.text.MessageFormat;
import java.util.List;
import java.util.function.Predicate;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Whether the desktop may quit now, or stop hosting. Quitting while it hosts a room that others are in closes the
 * room for them (the window closed at once, and the members were cut off mid-sentence), so the user is asked first,
 * as for Stop Hosting; not when nobody else is in it, nor when the application is stopped from outside (the system
 * logging out), where nobody could answer, nor with the system property {@value #ASK_PROPERTY} {@code false}.
 */
public final class QuitCheck {

    /** System property: {@code false} quits without asking (automation, such as a test harness closing the window). */
    public static final String ASK_PROPERTY = "chatroom.quit.ask";
    /** At most this many names in the question. */
    private static final int NAMES = 5;
    private static volatile boolean stopping;

    private QuitCheck() {
    }

    /** The application is being stopped from outside: quit without asking. */
    static void stopping() {
        stopping = true;
    }

    /**
     * @param room   the room service of this desktop, {@code null} when there is none
     * @param client this desktop's client, whose name is not counted among the others
     * @param ask    asks the user the question given, whether to quit anyway
     * @return whether to quit
     */
    public static boolean mayQuit(RoomHost room, ChatClient client, Predicate<String> ask) {
        return stopping || mayClose(room, client, ask, Messages.quitWhileHostingQuestion);
    }

    /** As {@link #mayQuit}, for Stop Hosting, which closes the room for its members as quitting does. */
    public static boolean mayStopHosting(RoomHost room, ChatClient client, Predicate<String> ask) {
        return mayClose(room, client, ask, Messages.stopHostingQuestion);
    }

    private static boolean mayClose(RoomHost room, ChatClient client, Predicate<String> ask, String question) {
        if (room == null || !Boolean.parseBoolean(System.getProperty(ASK_PROPERTY, "true"))) {
            return true;
        }
        if (!room.status().hosting()) {
            return true;
        }
        String me = client == null ? "" : client.nickname();
        List<String> others = room.connected().stream().filter(name -> !name.equalsIgnoreCase(me))
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return others.isEmpty() || ask.test(question(question, Math.max(1, room.rooms().size()), others));
    }

    /** Everyone connected counts, in whichever room (or none): closing the host cuts them all off. */
    private static String question(String pattern, int rooms, List<String> others) {
        String names = String.join(", ", others.subList(0, Math.min(NAMES, others.size())))
                + (others.size() > NAMES ? ", \u2026" : "");
        return MessageFormat.format(pattern, rooms, others.size(), names); // a choice: not NLS
    }

    /** Asks over {@code shell}: Quit (the default) or Cancel. */
    static boolean ask(Shell shell, String question) {
        return ask(shell, Messages.quitWhileHostingTitle, question, Messages.quitWhileHostingQuit);
    }

    /** Asks over {@code shell}: {@code button} (the default) or Cancel. */
    public static boolean ask(Shell shell, String title, String question, String button) {
        return new MessageDialog(shell, title, null, question, MessageDialog.QUESTION, 0, button,
                IDialogConstants.CANCEL_LABEL).open() == 0;
    }
}
