package org.chatroom.ui.internal.views;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * What a room's message list offers for the member who wrote the row selected, in its context menu: *Reply to
 * NAME*, which puts "NAME: " in the message field, and *Private Conversation with NAME*. Not for this user's own
 * rows, nor for rows nobody wrote (notices).
 *
 * @param reply the room's answer to Reply (the message field takes the name)
 * @param talk  opens the conversation with a member
 * @param me    this user's name
 */
public record SenderActions(Consumer<String> reply, Consumer<String> talk, Supplier<String> me) {

    /** Adds the actions to {@code table}'s context menu, after what it has. */
    void addTo(MessageTable table) {
        Menu menu = table.table().getMenu();
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem replyItem = MenuItems.push(menu, ViewTexts.menuReply, WidgetIds.REPLY,
                () -> sender(table).ifPresent(reply));
        MenuItem talkItem = MenuItems.push(menu, ViewTexts.menuPrivate, WidgetIds.MESSAGE_PRIVATE,
                () -> sender(table).ifPresent(talk));
        menu.addListener(SWT.Show, e -> {
            Optional<String> sender = sender(table);
            replyItem.setEnabled(sender.isPresent());
            talkItem.setEnabled(sender.isPresent());
            replyItem.setText(sender.map(name -> NLS.bind(ViewTexts.menuReplyTo, name)).orElse(ViewTexts.menuReply));
            talkItem.setText(sender.map(name -> NLS.bind(ViewTexts.menuPrivateWith, name))
                    .orElse(ViewTexts.menuPrivate));
        });
    }

    /** @return who wrote the one row selected, when it is another member */
    private Optional<String> sender(MessageTable table) {
        List<MessageRow> selected = table.selected();
        if (selected.size() != 1) {
            return Optional.empty();
        }
        String from = selected.get(0).from();
        return from.isEmpty() || from.equalsIgnoreCase(me.get()) ? Optional.empty() : Optional.of(from);
    }
}
