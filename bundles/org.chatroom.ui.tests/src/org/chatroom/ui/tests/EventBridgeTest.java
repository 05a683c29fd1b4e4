package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.Services;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.bridge.StateChange;
import org.chatroom.ui.internal.bridge.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The event bridge under a flood: 5,000 messages in about a second reach the views as one batch per flush interval,
 * complete and in order, with a state change after the events that came before it; a burst reaches them in batches
 * of at most {@code batch.max} events.
 */
class EventBridgeTest {

    private static final String BRIDGE = "(component.name=org.chatroom.ui.internal.bridge.ChatEventBridge)";
    /** The bridge's default {@code batch.max}. */
    private static final int BATCH_MAX = 1000;

    private final List<Object> received = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());

    private ServiceRegistration<EventHandler> listen() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, new String[] { Topics.EVENTS, Topics.STATE });
        return FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(EventHandler.class, event -> {
            Object data = event.getProperty(Topics.DATA);
            if (data instanceof List<?> list) {
                batchSizes.add(list.size());
                received.addAll(list);
            } else {
                received.add(data);
            }
        }, props);
    }

    /**
     * The flood ends with a made-up state change ("flood over") that the window shows: the bridge tells it the
     * client's real state again, so the tests after this one start from a window that says disconnected.
     */
    @AfterEach
    void realStateShown() {
        ChatClient client = Services.require(ChatClient.class, null);
        Services.require(ChatListener.class, BRIDGE).stateChanged(client.state(), "");
        Ui.until("the window to show the client's real state", () -> !Ui.statusTip().contains("flood over"),
                Ui::statusTip);
    }

    @Test
    void aBurstReachesTheViewsInBoundedBatchesInOrder() {
        ChatListener bridge = Services.require(ChatListener.class, BRIDGE);
        ServiceRegistration<EventHandler> registration = listen();
        try {
            Instant now = Instant.now();
            List<ChatEvent> burst = new ArrayList<>();
            for (int i = 0; i < 5 * BATCH_MAX + 7; i++) { // a backlog the client hands over in one call
                burst.add(new ChatEvent(Kind.MESSAGE, now, "m", "", String.valueOf(i)));
            }
            bridge.events(burst);
            Ui.until("the burst", () -> received.size() == burst.size(), () -> received.size() + " received");
            for (int i = 0; i < burst.size(); i++) {
                assertEquals(String.valueOf(i), ((ChatEvent) received.get(i)).text(), "event " + i + " in order");
            }
            assertEquals(6, batchSizes.size(), "5 full batches and the rest: " + batchSizes);
            assertTrue(batchSizes.stream().allMatch(size -> size <= BATCH_MAX), "at most " + BATCH_MAX + " a batch: " + batchSizes);
        } finally {
            registration.unregister();
        }
    }

    @Test
    void aFloodArrivesCoalescedCompleteAndInOrder() throws Exception {
        ChatListener bridge = Services.require(ChatListener.class, BRIDGE);
        ServiceRegistration<EventHandler> registration = listen();
        try {
            long[] floodMillis = new long[1];
            Thread flood = new Thread(() -> {
                long start = System.nanoTime();
                Instant now = Instant.now();
                for (int i = 0; i < 1000; i++) {
                    List<ChatEvent> five = new ArrayList<>(5);
                    for (int j = 0; j < 5; j++) {
                        five.add(new ChatEvent(Kind.MESSAGE, now, "m", "", String.valueOf(i * 5 + j)));
                    }
                    bridge.events(five);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                floodMillis[0] = (System.nanoTime() - start) / 1_000_000;
                bridge.stateChanged(ConnectionState.RECONNECTING, "flood over");
            }, "flood");
            flood.start();
            Ui.until("5,000 events and the state change", () -> received.size() == 5001,
                    () -> received.size() + " received");
            flood.join(5_000);
            for (int i = 0; i < 5000; i++) {
                assertEquals(String.valueOf(i), ((ChatEvent) received.get(i)).text(), "event " + i + " in order");
            }
            assertEquals(new StateChange(ConnectionState.RECONNECTING, "flood over"), received.get(5000),
                    "the state change comes after the events sent before it");
            // one flush per interval (75 ms) at most, whatever the machine's load stretched the flood to, and a
            // flush of more than 1,000 events (a flusher starved by the load) split in batches of 1,000
            long bound = floodMillis[0] / 50 + 5 + 5000 / BATCH_MAX;
            int batches = batchSizes.size();
            assertTrue(batches <= bound, "1,000 client callbacks in " + floodMillis[0] + " ms became "
                    + batches + " UI batches, more than " + bound);
        } finally {
            registration.unregister();
        }
    }
}
