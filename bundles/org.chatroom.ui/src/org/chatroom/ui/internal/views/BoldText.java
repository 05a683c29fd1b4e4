package org.chatroom.ui.internal.views;

import java.util.Collection;

import org.chatroom.ui.internal.theme.ChatFont;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/** Measures texts of the message list's columns in bold, the widest a row shows them (a mention). */
final class BoldText {

    private BoldText() {
    }

    /** @return the width in pixels of the widest of {@code texts} in the chat views' bold font, on {@code control} */
    static int widest(Control control, Collection<String> texts) {
        GC gc = new GC(control);
        try {
            gc.setFont(ChatFont.bold());
            int widest = 0;
            for (String text : texts) {
                widest = Math.max(widest, gc.textExtent(text).x);
            }
            return widest;
        } finally {
            gc.dispose();
        }
    }
}
