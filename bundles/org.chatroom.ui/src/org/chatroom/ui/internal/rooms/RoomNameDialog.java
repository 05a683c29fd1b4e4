package org.chatroom.ui.internal.rooms;

import java.util.function.Consumer;

import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Shell;

/** Asks for a room's name (Join Room, Create Room) without blocking; OK hands the name to a callback. */
final class RoomNameDialog extends InputDialog {

    public static final String SHELL = "room.name.dialog";
    private static final int MAX_LENGTH = 32;

    private final Consumer<String> onOk;

    RoomNameDialog(Shell parent, String title, String prompt, Consumer<String> onOk) {
        super(parent, title, prompt, "", RoomNameDialog::problem);
        this.onOk = onOk;
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setData(WidgetIds.KEY, SHELL);
    }

    @Override
    protected void okPressed() {
        String name = getValue().strip();
        super.okPressed();
        onOk.accept(name);
    }

    /** A first check of the name (the room has the last word): @return the problem, or null */
    static String problem(String name) {
        String value = name.strip();
        boolean fits = !value.isEmpty() && value.codePointCount(0, value.length()) <= MAX_LENGTH;
        return fits && !value.startsWith("/") && value.chars().noneMatch(Character::isWhitespace) ? null
                : RoomTexts.roomInvalid;
    }
}
