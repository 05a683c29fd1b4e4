package org.chatroom.ui.internal.prefs;

import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.IPreferencePageContainer;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;

/**
 * Widens the preference dialog's page tree so that every page name shows whole: JFace starts it 180 pixels wide,
 * which cut "Appearance and Notifications" below "Chatroom". Called as a page is created, before the dialog takes
 * its initial size; never narrows the tree (the user may have widened it by its sash).
 */
public final class PageTreeWidth {

    /** Room per level of the tree (GTK's expander and indentation), and around the text. */
    private static final int LEVEL = 24;
    private static final int MARGIN = 24;

    private PageTreeWidth() {
    }

    public static void fit(IPreferencePageContainer container) {
        if (!(container instanceof PreferenceDialog dialog) || dialog.getTreeViewer() == null) {
            return;
        }
        Tree tree = dialog.getTreeViewer().getTree();
        GridData area = treeArea(tree);
        if (area == null) {
            return;
        }
        GC gc = new GC(tree);
        try {
            int needed = 0;
            for (IPreferenceNode node : dialog.getPreferenceManager().getRootSubNodes()) {
                needed = Math.max(needed, width(gc, node, 1));
            }
            area.widthHint = Math.max(area.widthHint, needed + MARGIN);
        } finally {
            gc.dispose();
        }
    }

    private static int width(GC gc, IPreferenceNode node, int depth) {
        int widest = depth * LEVEL + gc.textExtent(node.getLabelText()).x;
        for (IPreferenceNode child : node.getSubNodes()) {
            widest = Math.max(widest, width(gc, child, depth + 1));
        }
        return widest;
    }

    /** @return the layout data that sets the tree area's width: the first with a width hint around the tree */
    private static GridData treeArea(Tree tree) {
        for (Control control = tree; control != null; control = control.getParent()) {
            if (control.getLayoutData() instanceof GridData data && data.widthHint != SWT.DEFAULT) {
                return data;
            }
        }
        return null;
    }
}
