package org.chatroom.ui.internal.dialogs;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for the password of the remote room that refused the connection for it (none set, or a wrong one; the room's
 * own words are in the message list); <em>Connect</em> hands the password, and whether to remember it in secure
 * storage, to a callback. {@link #forRoom} asks for the password of a room of the server the user asked to join.
 */
public final class PasswordDialog extends Dialog {

    public static final String SHELL = "password.dialog";
    public static final String PASSWORD = "password.field";
    public static final String REMEMBER = "password.remember";

    /** Id (WidgetIds.KEY) of the line with the room's own words, when it gave some. */
    public static final String SAID = "password.said";

    private final String question;
    /** What the room said with its refusal ("Too many wrong passwords ... try again in 12 s"), or empty. */
    private String said = "";
    private final String action;
    private final BiConsumer<String, Boolean> onConnect;
    private Text password;
    private Button remember;

    /**
     * @param where     the room, {@code host:port}
     * @param wrong     whether the room refused a password given (else it got none)
     * @param said      the room's own words with its refusal, shown under the question (empty: none): a wait it
     *                  imposes after too many wrong passwords read as one more wrong password
     * @param onConnect gets the password and whether to remember it
     */
    public PasswordDialog(Shell parent, String where, boolean wrong, String said,
            BiConsumer<String, Boolean> onConnect) {
        this(parent, NLS.bind(wrong ? Messages.passwordWrong : Messages.passwordAsked, where), Messages.passwordConnect,
                onConnect);
        this.said = said == null ? "" : said.strip();
    }

    private PasswordDialog(Shell parent, String question, String action, BiConsumer<String, Boolean> onConnect) {
        super(parent);
        this.question = question;
        this.action = action;
        this.onConnect = onConnect;
        setBlockOnOpen(false);
    }

    /**
     * @param question what the room said: it needs its password, or refused one
     * @param onJoin   gets the password and whether to remember it for the room's next join
     *                 ({@code RoomPasswords})
     */
    public static PasswordDialog forRoom(Shell parent, String question, BiConsumer<String, Boolean> onJoin) {
        return new PasswordDialog(parent, question, Messages.roomPasswordJoin, onJoin);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.passwordTitle);
        shell.setData(WidgetIds.KEY, SHELL);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label asked = new Label(area, SWT.WRAP);
        asked.setText(question);
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(asked);
        if (!said.isEmpty()) {
            Label room = new Label(area, SWT.WRAP);
            room.setText(NLS.bind(Messages.passwordRoomSaid, said));
            room.setData(WidgetIds.KEY, SAID);
            GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(room);
        }
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.passwordLabel);
        password = new Text(area, SWT.SINGLE | SWT.BORDER | SWT.PASSWORD);
        password.setData(WidgetIds.KEY, PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        password.addListener(SWT.Modify, e -> getButton(IDialogConstants.OK_ID).setEnabled(!password.getText()
                .isEmpty()));
        remember = new Button(area, SWT.CHECK);
        remember.setText(Messages.passwordRemember);
        remember.setSelection(true);
        remember.setData(WidgetIds.KEY, REMEMBER);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(remember);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(action);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    @Override
    protected void okPressed() {
        String given = password.getText();
        boolean keep = remember.getSelection();
        super.okPressed();
        onConnect.accept(given, keep);
    }
}
