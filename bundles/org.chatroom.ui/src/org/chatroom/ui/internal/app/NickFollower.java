package org.chatroom.ui.internal.app;

import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.osgi.service.prefs.BackingStoreException;

/**
 * When the room confirms the user's new name ({@code /nick}), the nickname preference takes it, so a reconnect
 * keeps it, and the status line is told ({@link #RENAMED}); the list says so (the preference changed silently).
 */
final class NickFollower {

    /** Data: the user's new name, as the room confirmed it. */
    static final String RENAMED = "org/chatroom/ui/renamed";

    private NickFollower() {
    }

    static void install(IEclipseContext context) {
        IEventBroker broker = context.get(IEventBroker.class);
        broker.subscribe(Topics.EVENTS, event -> {
            ChatClient client = context.get(ChatClient.class);
            @SuppressWarnings("unchecked")
            List<ChatEvent> events = (List<ChatEvent>) event.getProperty(Topics.DATA);
            if (client == null) {
                return;
            }
            String me = client.nickname();
            for (ChatEvent chat : events) {
                if (chat.kind() == ChatEvent.Kind.NICK && chat.text().equals(me)
                        && !me.equals(ChatPreferences.string(ChatPreferences.NICKNAME))) {
                    remember(me);
                    broker.post(RENAMED, me);
                    broker.post(Topics.NOTICE, Messages.nickKept); // the preference changed: said, not silently
                }
            }
        });
    }

    private static void remember(String nickname) {
        var node = InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
        node.put(ChatPreferences.NICKNAME, nickname);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
