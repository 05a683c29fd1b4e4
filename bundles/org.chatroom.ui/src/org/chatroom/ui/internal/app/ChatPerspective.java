package org.chatroom.ui.internal.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The one perspective of the product: messages in the middle, members on the right, input below. */
public final class ChatPerspective implements IPerspectiveFactory {

    public static final String ID = "org.chatroom.ui.perspective";
    public static final String MESSAGES = "org.chatroom.ui.view.messages";
    public static final String INPUT = "org.chatroom.ui.view.input";
    public static final String MEMBERS = "org.chatroom.ui.view.members";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(MESSAGES, true, IPageLayout.LEFT, 0.95f, editors);
        layout.addStandaloneView(MEMBERS, true, IPageLayout.RIGHT, 0.78f, MESSAGES);
        layout.addStandaloneView(INPUT, false, IPageLayout.BOTTOM, 0.88f, MESSAGES);
        for (String view : new String[] { MESSAGES, MEMBERS, INPUT }) {
            layout.getViewLayout(view).setCloseable(false);
            layout.getViewLayout(view).setMoveable(false);
        }
    }
}
