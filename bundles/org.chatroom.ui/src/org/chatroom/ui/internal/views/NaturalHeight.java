package org.chatroom.ui.internal.views;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainerElement;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Keeps a part at least as high as its controls need: when the window gets so small that the part's share of its
 * sash would clip them (the input line at 400x300), its share of the sash becomes what they need.
 */
final class NaturalHeight {

    private static final int WHOLE = 10_000;

    private final Composite parent;
    private final MPart part;

    private NaturalHeight(Composite parent, MPart part) {
        this.parent = parent;
        this.part = part;
        parent.addListener(SWT.Resize, e -> parent.getDisplay().asyncExec(this::check));
    }

    static void keep(Composite parent, MPart part) {
        if (part != null) {
            new NaturalHeight(parent, part);
        }
    }

    private void check() {
        if (parent.isDisposed() || parent.getSize().x == 0) {
            return;
        }
        int needed = parent.computeSize(parent.getSize().x, SWT.DEFAULT).y;
        int have = parent.getSize().y;
        MUIElement element = part.getCurSharedRef() != null ? part.getCurSharedRef() : part;
        while (element.getParent() != null && !(vertical(element.getParent()))) {
            element = element.getParent();
        }
        Object container = element.getParent();
        if (have >= needed || !(container instanceof MPartSashContainer sash)
                || !(element.getWidget() instanceof Control mine) || !(sash.getWidget() instanceof Control all)) {
            return;
        }
        int total = all.getSize().y;
        int wanted = needed + Math.max(0, mine.getSize().y - have);
        if (total <= wanted) {
            return;
        }
        int share = Math.min(WHOLE / 2, wanted * WHOLE / total + 1);
        int others = 0;
        for (MPartSashContainerElement child : sash.getChildren()) {
            others += child == element || !child.isToBeRendered() ? 0 : weight(child);
        }
        for (MPartSashContainerElement child : sash.getChildren()) {
            if (child == element) {
                child.setContainerData(Integer.toString(share));
            } else if (child.isToBeRendered() && others > 0) {
                child.setContainerData(Integer.toString((int) ((long) weight(child) * (WHOLE - share) / others)));
            }
        }
    }

    private static boolean vertical(Object container) {
        return container instanceof MPartSashContainer sash && !sash.isHorizontal();
    }

    private static int weight(MUIElement element) {
        try {
            return Math.max(1, (int) Double.parseDouble(element.getContainerData()));
        } catch (NumberFormatException | NullPointerException e) {
            return WHOLE / 2;
        }
    }
}
