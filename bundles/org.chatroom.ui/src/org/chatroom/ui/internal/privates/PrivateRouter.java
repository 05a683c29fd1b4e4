package org.chatroom.ui.internal.privates;

import java.util.ArrayList;
import java.util.HashSet;
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
 * written to) without taking the focus, then posts the messages on {@link Topics#PRIVATE} for the views, with the
 * renames of the members they are with (a conversation follows its member's new name), their leaves and joins (a
 * conversation says that its member left, and came back) and the refusals of private messages to them (said in the
 * conversation, not in a room). The rooms' lists show no private message, only a notice, in its place, when a
 * member's message opened a conversation. The private messages are kept on this computer ({@link PrivateArchive}).
 */
public final class PrivateRouter {

    private final IEventBroker broker;
    private final Supplier<String> me;

    public PrivateRouter(IEventBroker broker, Supplier<String> me) {
        this.broker = broker;
        this.me = me;
    }

    /**
     * Opens the conversations {@code events} need and posts their private messages on {@link Topics#PRIVATE}.
     *
     * @return the events for the rooms' lists: in place of each private message that opened the conversation with
     *         its writer, a notice saying so (where it stands among the others: the writer's leave right after it
     *         stood above it when the notice was posted apart), and no other private message
     */
    public List<ChatEvent> route(List<ChatEvent> events) {
        List<ChatEvent> privates = new ArrayList<>();
        List<ChatEvent> forRooms = new ArrayList<>(events.size());
        Set<String> opened = new HashSet<>();
        String myName = me.get();
        for (ChatEvent event : events) {
            if (event.kind() == Kind.NICK && PrivateChats.isOpen(event.from()) && !event.text().isEmpty()) {
                PrivateChats.renamed(event.from(), event.text()); // now: a message from the new name may follow
                privates.add(event); // the conversation says it and goes on with the new name
            }
            if ((event.kind() == Kind.LEAVE || event.kind() == Kind.JOIN) && !event.history()
                    && PrivateChats.isOpen(event.from())) {
                privates.add(event); // and in its room's list, as every leave and join
            }
            if (event.kind() == Kind.ERROR && !event.to().isEmpty() && PrivateChats.isOpen(event.to())) {
                privates.add(event); // a message of the conversation refused: said there, where it was typed
                continue;
            }
            if (event.kind() != Kind.PRIVATE) {
                forRooms.add(event);
                continue;
            }
            privates.add(event);
            boolean mine = event.from().equalsIgnoreCase(myName);
            String peer = mine ? event.to() : event.from();
            if (!peer.isEmpty() && !PrivateChats.isOpen(peer) && opened.add(peer)) {
                PrivateChats.open(peer, false);
                if (!mine) {
                    forRooms.add(new ChatEvent(Kind.NOTICE, event.time(), "", "",
                            NLS.bind(ViewTexts.privateOpened, peer)));
                }
            }
        }
        if (!privates.isEmpty()) {
            PrivateChats.keep(privates, myName); // after opening: a conversation opened shows what was kept before
            broker.post(Topics.PRIVATE, privates);
        }
        return forRooms;
    }
}
