package org.chatroom.ui.internal.privates;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Opens the private conversation with a member: one view per member, the member's name its secondary id. */
public final class PrivateChats {

    public static final String VIEW = "org.chatroom.ui.view.private";

    private PrivateChats() {
    }

    /**
     * Shows the conversation with {@code name}, creating it when needed.
     *
     * @param activate whether it takes the focus (the user asked for it) or only appears (a message came in)
     */
    public static void open(String name, boolean activate) {
        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
        if (windows.length == 0 || windows[0].getActivePage() == null) {
            return;
        }
        IWorkbenchPage page = windows[0].getActivePage();
        try {
            // VIEW_VISIBLE, not VIEW_CREATE: a view created in a stack that is not shown has no part yet
            page.showView(VIEW, secondaryId(name), activate ? IWorkbenchPage.VIEW_ACTIVATE
                    : IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            throw new IllegalStateException(VIEW + " for " + name, e);
        }
    }

    /** @return whether a conversation with {@code name} is open */
    public static boolean isOpen(String name) {
        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
        return windows.length > 0 && windows[0].getActivePage() != null
                && windows[0].getActivePage().findViewReference(VIEW, secondaryId(name)) != null;
    }

    static String secondaryId(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /** @return the member's name from a part's element id {@code VIEW:secondaryId} */
    static String name(String elementId) {
        int colon = elementId.indexOf(':');
        return colon < 0 ? "" : URLDecoder.decode(elementId.substring(colon + 1), StandardCharsets.UTF_8);
    }
}
