package org.chatroom.ui.internal.app;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Pixels for a view in the window's sashes. A sash's children share its length by weight ({@code containerData},
 * relative sizes), so pixels serve as weights: a child is given its pixels and the others the rest in their
 * proportions, and the outermost sash reads the weights when it is laid out again.
 */
final class Sashes {

    private Sashes() {
    }

    /** @return the child of the nearest sash of {@code orientation} that holds {@code element}, or {@code null} */
    static MUIElement childOfSash(MUIElement element, boolean horizontal) {
        MUIElement child = element;
        MElementContainer<?> parent = child.getParent();
        while (parent != null && !(parent instanceof MPartSashContainer sash && sash.isHorizontal() == horizontal)) {
            child = parent;
            parent = parent.getParent();
        }
        return parent == null ? null : child;
    }

    /** Gives {@code child} of its sash {@code wanted} pixels along the sash and its siblings the rest, by weight. */
    static void give(MUIElement child, int wanted) {
        MElementContainer<?> parent = child.getParent();
        if (!(parent instanceof MPartSashContainer sash)) {
            return;
        }
        int available = 0;
        int others = 0;
        for (MUIElement element : sash.getChildren()) {
            if (element.isToBeRendered()) {
                available += length(element.getWidget(), sash.isHorizontal());
                others += element == child ? 0 : weight(element);
            }
        }
        if (available <= 1) {
            return;
        }
        int rest = Math.max(1, available - wanted);
        for (MUIElement element : sash.getChildren()) {
            if (element == child) {
                element.setContainerData(Integer.toString(Math.min(wanted, available - 1)));
            } else if (element.isToBeRendered()) {
                element.setContainerData(Integer.toString(Math.max(1, rest * weight(element) / Math.max(1, others))));
            }
        }
        Composite area = composite(sash);
        if (area != null) {
            area.layout(true, true); // the outermost sash reads the weights when it lays out
        }
    }

    /** @return the pixels {@code element} has along a sash of that orientation */
    static int length(Object widget, boolean horizontal) {
        if (widget instanceof Control control) {
            return control.isDisposed() ? 0 : horizontal ? control.getSize().x : control.getSize().y;
        }
        return widget instanceof Rectangle bounds ? horizontal ? bounds.width : bounds.height : 0;
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

    private static int weight(MUIElement element) {
        try {
            return Math.max(1, Integer.parseInt(element.getContainerData()));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
