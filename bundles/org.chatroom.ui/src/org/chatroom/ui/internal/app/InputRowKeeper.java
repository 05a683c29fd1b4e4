package org.chatroom.ui.internal.app;

import java.util.List;

import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Keeps the input row whole at any window size and text size. The perspective places the input view below the
 * message list at a ratio, which at 400x300 left the field and Send clipped; after every resize of the window or of
 * the field (a larger text) this gives the input view its preferred height in the sash between them (a sash's
 * weights are relative sizes, so pixels serve as weights) and the message list the rest. The row is the input field's parent ({@link WidgetIds#INPUT}).
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
        MUIElement input = found.get(0);
        MElementContainer<?> parent = input.getParent();
        while (parent != null && !(parent instanceof MPartSashContainer vertical && !vertical.isHorizontal())) {
            input = parent;
            parent = parent.getParent();
        }
        Control field = find(content, WidgetIds.INPUT);
        if (field != null && field != followed) {
            // the field changes height with the text size (once GTK measured it in the new font): fit again
            followed = field;
            field.addListener(SWT.Resize, e -> field.getDisplay().asyncExec(this::fit));
        }
        Composite area = parent == null ? null : composite(parent);
        if (parent instanceof MPartSashContainer sash && area != null && input.getWidget() instanceof Control box
                && field != null) {
            // the row holding the field and Send, at its preferred height, plus whatever surrounds it in the view
            Composite row = field.getParent();
            int wanted = box.getSize().y - row.getSize().y + row.computeSize(row.getSize().x, SWT.DEFAULT).y;
            if (box.getSize().y != wanted) {
                share(sash, input, wanted);
                area.layout(true, true); // the outermost sash reads the weights when it lays out
            }
        }
    }

    /** Gives {@code input} {@code wanted} pixels of the sash's height and its other children the rest, by weight. */
    private static void share(MPartSashContainer sash, MUIElement input, int wanted) {
        int available = 0;
        int others = 0;
        for (MUIElement element : sash.getChildren()) {
            if (element.isToBeRendered()) {
                available += height(element.getWidget());
                others += element == input ? 0 : weight(element);
            }
        }
        if (available <= 1) {
            return;
        }
        int rest = Math.max(1, available - wanted);
        for (MUIElement element : sash.getChildren()) {
            if (element == input) {
                element.setContainerData(Integer.toString(Math.min(wanted, available - 1)));
            } else if (element.isToBeRendered()) {
                element.setContainerData(Integer.toString(Math.max(1, rest * weight(element) / Math.max(1, others))));
            }
        }
    }

    /** A nested sash has a Rectangle for a widget; the outermost one has the Composite they all share. */
    private static Composite composite(MUIElement element) {
        for (MUIElement e = element; e != null; e = e.getParent()) {
            if (e.getWidget() instanceof Composite composite) {
                return composite.isDisposed() ? null : composite;
            }
        }
        return null;
    }

    private static int height(Object widget) {
        if (widget instanceof Control control) {
            return control.isDisposed() ? 0 : control.getSize().y;
        }
        return widget instanceof Rectangle bounds ? bounds.height : 0;
    }

    private static Control find(Control control, String id) {
        if (id.equals(control.getData(WidgetIds.KEY))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static int weight(MUIElement element) {
        try {
            return Math.max(1, Integer.parseInt(element.getContainerData()));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
