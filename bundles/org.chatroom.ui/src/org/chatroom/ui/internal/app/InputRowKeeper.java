package org.chatroom.ui.internal.app;

import java.util.List;

import org.chatroom.ui.internal.views.WidgetIds;
import org.chatroom.ui.internal.views.WidgetTree;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Keeps the input row whole at any window size and text size. The perspective places the input view below the
 * message list at a ratio, which at 400x300 left the field and Send clipped; after every resize of the window or of
 * the field (a larger text) this gives the input view its preferred height in the sash between them
 * ({@link Sashes}) and the message list the rest. The row is the input field's parent ({@link WidgetIds#INPUT}).
 */
final class InputRowKeeper {

    private final MWindow window;
    private final EModelService models;
    private final String viewId;
    /** The input field whose size changes make the row fit again. */
    private Control followed;

    private InputRowKeeper(MWindow window, EModelService models, String viewId) {
        this.window = window;
        this.models = models;
        this.viewId = viewId;
    }

    /** Keeps the view {@code viewId} of {@code window} at its preferred height while it sits in a vertical sash. */
    static void install(IWorkbenchWindow window, String viewId) {
        InputRowKeeper keeper = new InputRowKeeper(window.getService(MWindow.class),
                window.getService(EModelService.class), viewId);
        Shell shell = window.getShell();
        shell.addListener(SWT.Resize, e -> shell.getDisplay().asyncExec(keeper::fit));
        shell.getDisplay().asyncExec(keeper::fit);
    }

    /** Sets the weights so the view gets its preferred height, from the sizes the last layout gave. */
    void fit() {
        List<MPlaceholder> found = models.findElements(window, viewId, MPlaceholder.class);
        if (found.isEmpty() || !(found.get(0).getRef().getWidget() instanceof Control content)
                || content.isDisposed()) {
            return;
        }
        MUIElement input = Sashes.childOfSash(found.get(0), false);
        Control field = WidgetTree.first(content, Control.class,
                control -> WidgetIds.INPUT.equals(control.getData(WidgetIds.KEY)));
        if (field != null && field != followed) {
            // the field changes height with the text size (once GTK measured it in the new font): fit again
            followed = field;
            field.addListener(SWT.Resize, e -> field.getDisplay().asyncExec(this::fit));
        }
        if (input != null && input.getWidget() instanceof Control box && field != null) {
            // the row holding the field and Send, at its preferred height, plus whatever surrounds it in the view
            Composite row = field.getParent();
            int wanted = box.getSize().y - row.getSize().y + row.computeSize(row.getSize().x, SWT.DEFAULT).y;
            if (box.getSize().y != wanted) {
                Sashes.give(input, wanted);
            }
        }
    }
}
