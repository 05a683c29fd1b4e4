package org.chatroom.ui.internal.views;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/** A message list with its own input line below it, for a conversation that has its own view (a private one). */
public final class Conversation {

    private final MessageView view;
    private final InputLine input;

    /**
     * @param sender takes a line typed (a command when it starts with /), returning whether it took it
     * @param pasted how a line of a paste of several is typed to be said in this conversation
     */
    public Conversation(Composite parent, String hint, Predicate<String> sender, UnaryOperator<String> pasted,
            Supplier<LinkLauncher> launcher) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        top.setLayout(new FillLayout());
        view = new MessageView(top, ChatPreferences.integer(ChatPreferences.SCROLLBACK), launcher);
        Composite bottom = new Composite(parent, SWT.NONE);
        bottom.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
        input = new InputLine(bottom, hint, new String[] { WidgetIds.PRIVATE_INPUT, WidgetIds.PRIVATE_SEND },
                sender, pasted, List::of);
        view.table().table().setData(WidgetIds.KEY, WidgetIds.PRIVATE_CHAT);
    }

    public void append(List<MessageRow> rows) {
        view.append(rows);
    }

    /** What is typed here and not sent is kept when the conversation closes, and given back when it opens again. */
    public void keepDraft(String peer) {
        String key = Drafts.conversation(peer);
        input.keepDraft(() -> key);
    }

    /** The input line's hint (the member's name changed). */
    public void hint(String hint) {
        input.hint(hint);
    }

    /** A line the room refused goes back into the input line, unless the user is typing another. */
    public void giveBack(String line) {
        input.giveBack(line);
    }

    public void setFocus() {
        input.setFocus();
    }
}
