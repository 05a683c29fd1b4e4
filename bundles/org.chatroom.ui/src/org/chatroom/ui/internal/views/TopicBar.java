package org.chatroom.ui.internal.views;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The topic of the room a tab shows, on a line above its message list, as chat clients keep it in sight (it was only
 * a row when joining, soon scrolled away, and a row when it changed): hidden while the room has none; on one line,
 * ending in "…" where the view is too narrow for it, its whole text in the tooltip (and the tab's); in a view too
 * low for it (a 400x300 window), the list keeps the room.
 */
final class TopicBar {

    /** The bar shows only in a view at least this many of its lines high: a small window keeps the room for the list. */
    private static final int MIN_VIEW_LINES = 12;

    private final Label label;
    /** The topic on one line, whole (the label may show it cut). */
    private String line = "";

    /** Puts the bar above {@code list}, a child of {@code box} (a composite with a grid layout). */
    TopicBar(Composite box, Control list) {
        label = new Label(box, SWT.NONE);
        label.setData(WidgetIds.KEY, WidgetIds.TOPIC);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.horizontalIndent = 4;
        label.setLayoutData(data);
        label.moveAbove(list);
        label.addListener(SWT.Resize, e -> fit());
        box.addListener(SWT.Resize, e -> place());
        show("");
    }

    /** Shows {@code topic} (empty: the room has none, and the bar goes). */
    void show(String topic) {
        line = topic.replaceAll("\\s+", " ").strip();
        boolean shown = !line.isEmpty();
        label.setToolTipText(shown ? topic : null);
        fit();
        place();
    }

    /** Shows the bar while there is a topic and the view is tall enough for it. */
    private void place() {
        Composite box = label.getParent();
        boolean shown = !line.isEmpty()
                && box.getSize().y >= MIN_VIEW_LINES * label.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        GridData data = (GridData) label.getLayoutData();
        if (data.exclude == shown || label.getVisible() != shown) {
            data.exclude = !shown;
            label.setVisible(shown);
            box.layout(true);
        }
    }

    /** Shows the topic in the label's width: a longer one ends in "…" where it would be cut. */
    private void fit() {
        String text = line.isEmpty() ? "" : NLS.bind(ViewTexts.topicBar, line);
        int room = label.getSize().x;
        if (room > 0 && !text.isEmpty()) {
            GC gc = new GC(label);
            try {
                if (gc.textExtent(text).x > room) {
                    int fits = 0; // the longest start of the text that fits with the ellipsis after it
                    for (int low = 0, high = text.length(); low <= high;) {
                        int middle = (low + high) >>> 1;
                        if (gc.textExtent(text.substring(0, middle) + CellText.ELLIPSIS).x <= room) {
                            fits = middle;
                            low = middle + 1;
                        } else {
                            high = middle - 1;
                        }
                    }
                    text = text.substring(0, fits) + CellText.ELLIPSIS;
                }
            } finally {
                gc.dispose();
            }
        }
        label.setText(text.replace("&", "&&")); // & marks a mnemonic in a label
    }

    /** @return the topic shown, empty for none */
    String shown() {
        return label.getToolTipText() == null ? "" : label.getToolTipText();
    }
}
