package org.chatroom.ui.internal.rooms;

import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * A one-field input dialog that does not block (the window goes on; OK hands the value to the subclass's callback),
 * its shell and its field named by widget ids for tests and scripts.
 */
abstract class NonBlockingInput extends InputDialog {

    private final String shellId;
    private final String fieldId;

    NonBlockingInput(Shell parent, String title, String prompt, IInputValidator validator, String shellId,
            String fieldId) {
        super(parent, title, prompt, "", validator);
        this.shellId = shellId;
        this.fieldId = fieldId;
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setData(WidgetIds.KEY, shellId);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Control area = super.createDialogArea(parent);
        getText().setData(WidgetIds.KEY, fieldId);
        return area;
    }
}
