package org.chatroom.ui.internal.bridge;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.RoomListing;
import org.chatroom.ui.internal.prefs.IgnoredNames;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Hears the chat client (whiteboard) and forwards to the views through EventAdmin, which the e4 event broker reads.
 * Chat events are coalesced and posted at most once per {@code flush.millis}, so a room flooding thousands of
 * messages a second costs the UI a handful of updates; a post carries at most {@code batch.max} events, so that a
 * burst (a backlog after a reconnect) reaches the UI as several short runs with input and painting between them, not
 * one long stall. State changes go out at once, after the events before them, and so does a line the user sent (its
 * echo from the room): during a flood it would otherwise wait up to a flush interval behind the room's traffic
 * (README "Desktop performance": the typed line's delay). What an ignored member says goes no further
 * ({@link IgnoredNames}).
 * <p>
 * The client whose nickname tells the user's own lines (the one the views use: the highest ranked) is looked up
 * when events arrive ({@link ComponentContext#locateService}), not bound at activation: the client activates this
 * listener while it binds its listeners, and getting the client back at that moment was a circular reference (SCR
 * logged it as an error at every start).
 */
@Component(service = ChatListener.class, configurationPid = "org.chatroom.ui.bridge",
        reference = @Reference(name = ChatEventBridge.CLIENT, service = ChatClient.class,
                cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
                policyOption = ReferencePolicyOption.GREEDY))
@Designate(ocd = ChatEventBridge.Config.class)
public final class ChatEventBridge implements ChatListener {

    @ObjectClassDefinition(localization = "OSGI-INF/l10n/bundle", name = "%bridge.config.name")
    public @interface Config {
        @AttributeDefinition(name = "%bridge.config.flush_millis.name",
                description = "%bridge.config.flush_millis.description", min = "10", max = "1000")
        int flush_millis() default 75;

        @AttributeDefinition(name = "%bridge.config.batch_max.name",
                description = "%bridge.config.batch_max.description", min = "50", max = "100000")
        int batch_max() default 1000;
    }

    static final String CLIENT = "client";

    private final EventAdmin eventAdmin;
    private final ComponentContext context;
    private final long flushMillis;
    private final UpdateBatcher batcher;
    private final ScheduledExecutorService flusher;

    @Activate
    public ChatEventBridge(@Reference EventAdmin eventAdmin, Config config, ComponentContext context) {
        this.eventAdmin = eventAdmin;
        this.context = context;
        this.flushMillis = Math.max(10, config.flush_millis());
        this.batcher = new UpdateBatcher(Math.max(50, config.batch_max()));
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "chatroom-ui-bridge"));
    }

    @Deactivate
    void deactivate() {
        flusher.shutdownNow();
    }

    @Override
    public void events(List<ChatEvent> heard) {
        List<ChatEvent> events = IgnoredNames.shown(heard);
        if (events.isEmpty()) {
            return;
        }
        boolean first = batcher.addEvents(events);
        ChatClient current = (ChatClient) context.locateService(CLIENT);
        if (current != null && OwnLines.any(events, current.nickname())) {
            schedule(0);
        } else if (first) {
            schedule(flushMillis);
        }
    }

    /** Rare, and a dialog follows: posted at once, as the room list is. */
    @Override
    public void passwordRefused(boolean wrong, String detail) {
        eventAdmin.postEvent(new Event(Topics.PASSWORD_REFUSED, Map.of(Topics.DATA, wrong, Topics.DETAIL,
                detail == null ? "" : detail)));
    }

    /**
     * Rare, and a dialog or a join with a kept password follows: posted at once, after the events before it (the
     * room's refusal, which the list shows above what follows), as a state change is.
     */
    @Override
    public void roomPasswordRefused(String room, boolean wrong, String detail) {
        Event refused = new Event(Topics.ROOM_PASSWORD_REFUSED, Map.of(Topics.DATA, new RoomPasswordRefusal(room,
                wrong)));
        if (!flusher.isShutdown()) {
            flusher.execute(() -> {
                flush();
                eventAdmin.postEvent(refused);
            });
        }
    }

    /** Rare and asked for by a dialog that waits: posted at once, not batched with the room's events. */
    @Override
    public void roomsListed(List<RoomListing> rooms) {
        eventAdmin.postEvent(new Event(Topics.ROOMS_LISTED, Map.of(Topics.DATA, List.copyOf(rooms))));
    }

    @Override
    public void stateChanged(ConnectionState state, String detail) {
        batcher.addState(new StateChange(state, detail == null ? "" : detail));
        schedule(0);
    }

    @Override
    public void membersChanged(List<String> members) {
        if (batcher.addMembers(members)) {
            schedule(flushMillis);
        }
    }

    private void schedule(long delay) {
        if (!flusher.isShutdown()) {
            flusher.schedule(this::flush, delay, TimeUnit.MILLISECONDS);
        }
    }

    private void flush() {
        batcher.drain((topic, data) -> eventAdmin.postEvent(new Event(topic, Map.of(Topics.DATA, data))));
    }
}
