package org.chatroom.ui.internal.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The one perspective of the product: messages in the middle, members on the right, input below. */
public final class ChatPerspective implements IPerspectiveFactory {

    public static final String ID = "org.chatroom.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
    }
}
