package org.chatroom.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The controls under a control (itself included), depth first: for dialogs and views built by others. */
public final class WidgetTree {

    private WidgetTree() {
    }

    /** Every control of {@code type} under {@code root}, in the order of the tree. */
    public static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    /** The first control of {@code type} under {@code root} that {@code wanted} accepts, or {@code null}. */
    public static <T extends Control> T first(Control root, Class<T> type, Predicate<? super T> wanted) {
        return all(root, type).stream().filter(wanted).findFirst().orElse(null);
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }
}
