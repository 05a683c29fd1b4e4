package org.chatroom.ui.internal.theme;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * Lays a view out again once GTK has measured its fields in a new font. GTK takes a font into a native field's own
 * size only at one of its next frames (100 to 200 ms here), so a layout right after the font change kept the field
 * at its old height, cutting the descenders of a larger text; and the field cannot be made taller than GTK's
 * measure. This looks every {@value #EVERY_MILLIS} ms for 3 s (a loaded machine draws late) and lays out whenever
 * the measure moved.
 */
final class LateLayout {

    private static final int EVERY_MILLIS = 40;
    private static final int TRIES = 75;

    private final Composite root;
    private final List<Text> fields = new ArrayList<>();
    private int tries;

    private LateLayout(Composite root) {
        this.root = root;
        collect(root);
    }

    /** Lays {@code root} out again when one of its fields' measure no longer matches its size. */
    static void after(Composite root) {
        LateLayout late = new LateLayout(root);
        if (!late.fields.isEmpty()) {
            root.getDisplay().timerExec(EVERY_MILLIS, late::look);
        }
    }

    private void look() {
        if (root.isDisposed()) {
            return;
        }
        boolean moved = fields.stream().anyMatch(field -> !field.isDisposed()
                && field.computeSize(SWT.DEFAULT, SWT.DEFAULT).y != field.getSize().y);
        if (moved) {
            root.layout(true, true);
        }
        if (++tries < TRIES) { // GTK may measure in steps (32, then 36 pixels): each is laid out
            root.getDisplay().timerExec(EVERY_MILLIS, this::look);
        }
    }

    private void collect(Control control) {
        if (control instanceof Text text && (text.getStyle() & SWT.SINGLE) != 0) {
            fields.add(text);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child);
            }
        }
    }
}
