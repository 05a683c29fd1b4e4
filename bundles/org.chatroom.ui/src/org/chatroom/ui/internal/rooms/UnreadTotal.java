package org.chatroom.ui.internal.rooms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.bridge.UnreadCount;
import org.chatroom.ui.internal.privates.ConversationUnread;

/**
 * The window's unread total ({@link Topics#UNREAD}): the room tabs' counts and the private conversations', each of
 * whose messages is for the user (a mention). Told on when it changes.
 */
final class UnreadTotal {

    /** The private conversations' unread counts, by member. */
    private final Map<String, Integer> conversations = new HashMap<>();
    private final Consumer<UnreadCount> told;
    private UnreadCount total = UnreadCount.NONE;

    UnreadTotal(Consumer<UnreadCount> told) {
        this.told = told;
    }

    /** A conversation's count changed; {@code pages} are the room tabs. */
    void conversation(ConversationUnread count, List<RoomPage> pages) {
        conversations.put(count.peer(), count.unread());
        rooms(pages);
    }

    /** The counts of {@code pages} (the room tabs) may have changed. */
    void rooms(List<RoomPage> pages) {
        int privates = conversations.values().stream().mapToInt(Integer::intValue).sum();
        int messages = privates;
        int mentions = privates;
        for (RoomPage each : pages) {
            messages += each.unread().unread();
            mentions += each.unread().mentions();
        }
        UnreadCount sum = new UnreadCount(messages, mentions);
        if (!sum.equals(total)) {
            total = sum;
            told.accept(sum);
        }
    }
}
