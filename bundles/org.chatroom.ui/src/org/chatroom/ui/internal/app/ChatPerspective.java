package org.chatroom.ui.internal.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The one perspective of the product: messages in the middle, members on the right, input below; private
 * conversations open in a folder of their own between the messages and the members, which appears with the first
 * one (without it the workbench put them in a narrow stack where they were cut off).
 */
public final class ChatPerspective implements IPerspectiveFactory {

    public static final String ID = "org.chatroom.ui.perspective";
    public static final String MESSAGES = "org.chatroom.ui.view.messages";
    public static final String INPUT = "org.chatroom.ui.view.input";
    public static final String MEMBERS = "org.chatroom.ui.view.members";
    public static final String PRIVATES = "org.chatroom.ui.folder.privates";
    /** Any private conversation (its secondary id is the member). */
    private static final String PRIVATE_VIEWS = "org.chatroom.ui.view.private:*";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(MESSAGES, true, IPageLayout.LEFT, 0.95f, editors);
        layout.addStandaloneView(MEMBERS, true, IPageLayout.RIGHT, 0.78f, MESSAGES);
        layout.addStandaloneView(INPUT, false, IPageLayout.BOTTOM, 0.88f, MESSAGES);
        layout.createPlaceholderFolder(PRIVATES, IPageLayout.RIGHT, 0.55f, MESSAGES).addPlaceholder(PRIVATE_VIEWS);
        for (String view : new String[] { MESSAGES, MEMBERS, INPUT }) {
            layout.getViewLayout(view).setCloseable(false);
            layout.getViewLayout(view).setMoveable(false);
        }
    }
}
