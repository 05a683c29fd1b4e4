package org.chatroom.ui.internal.rooms;

import java.util.function.BiConsumer;

import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a new room's name and, optionally, its password (Create Room) without blocking; OK hands both to a
 * callback (the password empty for none). A room's password could be given only by typing
 * {@code /create ROOM PASSWORD}.
 */
final class RoomNameDialog extends NonBlockingInput {

    public static final String SHELL = "room.name.dialog";
    public static final String NAME = "room.name.field";
    public static final String PASSWORD = "room.password.field";
    private static final int MAX_LENGTH = 32;

    private final BiConsumer<String, String> onOk;
    private Text password;

    RoomNameDialog(Shell parent, String title, String prompt, BiConsumer<String, String> onOk) {
        super(parent, title, prompt, RoomNameDialog::problem, SHELL, NAME);
        this.onOk = onOk;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label label = new Label(area, SWT.WRAP);
        label.setText(RoomTexts.createPassword);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        password = new Text(area, SWT.SINGLE | SWT.BORDER | SWT.PASSWORD);
        password.setData(WidgetIds.KEY, PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        return area;
    }

    @Override
    protected void okPressed() {
        String name = getValue().strip();
        String given = password.getText();
        super.okPressed();
        onOk.accept(name, given);
    }

    /** A first check of the name (the room has the last word): @return the problem, or null */
    static String problem(String name) {
        String value = name.strip();
        boolean fits = !value.isEmpty() && value.codePointCount(0, value.length()) <= MAX_LENGTH;
        return fits && !value.startsWith("/") && value.chars().noneMatch(Character::isWhitespace) ? null
                : RoomTexts.roomInvalid;
    }
}
