package org.chatroom.ui.internal.privates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.views.ViewTexts;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;

/**
 * Hands private messages to their conversations: opens the conversation with each member who wrote (or was
 * written to) without taking the focus, then posts the messages on {@link Topics#PRIVATE} for the views. The room's
 * list shows no private message, only a hint when a member's message opened a conversation.
 */
public final class PrivateRouter {

    private final IEventBroker broker;
    private final Supplier<String> me;

    public PrivateRouter(IEventBroker broker, Supplier<String> me) {
        this.broker = broker;
        this.me = me;
    }

    public void route(List<ChatEvent> events) {
        List<ChatEvent> privates = new ArrayList<>();
        Set<String> peers = new LinkedHashSet<>();
        Set<String> writers = new LinkedHashSet<>();
        String myName = me.get();
        for (ChatEvent event : events) {
            if (event.kind() == Kind.PRIVATE) {
                privates.add(event);
                boolean mine = event.from().equalsIgnoreCase(myName);
                peers.add(mine ? event.to() : event.from());
                if (!mine) {
                    writers.add(event.from());
                }
            }
        }
        if (privates.isEmpty()) {
            return;
        }
        for (String peer : peers) {
            if (!peer.isEmpty() && !PrivateChats.isOpen(peer)) {
                PrivateChats.open(peer, false);
                if (writers.contains(peer)) {
                    broker.post(Topics.NOTICE, NLS.bind(ViewTexts.privateOpened, peer));
                }
            }
        }
        broker.post(Topics.PRIVATE, privates);
    }
}
