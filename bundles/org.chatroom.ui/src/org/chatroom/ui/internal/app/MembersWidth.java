package org.chatroom.ui.internal.app;

import java.util.List;

import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Brings the member list back as wide as the user left it (the sash between it and the messages): the workbench's
 * layout is rebuilt at every start ({@link WindowPlace}), so a list widened for long names was narrow again. Its
 * width is kept in the preferences as it changes (written to disk with the window's place) and given back once the
 * window is laid out, at most half the window.
 */
public final class MembersWidth {

    /** The member list's width in pixels. */
    public static final String KEY = "window.membersWidth";
    private static final int MIN_WIDTH = 60;

    private MembersWidth() {
    }

    /** Gives the member list of {@code window} the width kept last time, then keeps its width as it changes. */
    static void install(IWorkbenchWindow window) {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
        int kept = prefs.getInt(KEY, 0); // read before the first layout, whose width it would otherwise become
        window.getShell().getDisplay().asyncExec(() -> {
            MUIElement members = members(window);
            if (members == null || !(members.getWidget() instanceof Control list) || list.isDisposed()) {
                return;
            }
            give(window, kept);
            list.addListener(SWT.Resize, e -> prefs.putInt(KEY, list.getSize().x));
        });
    }

    /** Gives the member list {@code width} pixels, within bounds; none (0) leaves it as it is. */
    public static void give(IWorkbenchWindow window, int width) {
        MUIElement members = members(window);
        if (width <= 0 || members == null) {
            return;
        }
        int total = Sashes.length(members.getParent().getWidget(), true);
        int wanted = Math.max(MIN_WIDTH, Math.min(width, total / 2));
        if (total > 0 && wanted != Sashes.length(members.getWidget(), true)) {
            Sashes.give(members, wanted);
        }
    }

    /** @return the width of the member list's place (its view with its frame), 0 before it is made */
    public static int width(IWorkbenchWindow window) {
        MUIElement members = members(window);
        return members == null ? 0 : Sashes.length(members.getWidget(), true);
    }

    /** @return the member list's place in the sash beside the messages, {@code null} before it is made */
    static MUIElement members(IWorkbenchWindow window) {
        List<MPlaceholder> found = window.getService(EModelService.class).findElements(
                window.getService(MWindow.class), ChatPerspective.MEMBERS, MPlaceholder.class);
        return found.isEmpty() ? null : Sashes.childOfSash(found.get(0), true);
    }
}
