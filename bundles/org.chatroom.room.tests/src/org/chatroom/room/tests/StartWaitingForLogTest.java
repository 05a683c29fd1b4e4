package org.chatroom.room.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.chatroom.api.log.RoomLog;
import org.chatroom.api.room.HostSettings;
import org.chatroom.api.room.RoomHost;
import org.chatroom.api.room.RoomStatus;
import org.chatroom.room.internal.RoomHostComponent;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A start of the {@link RoomHost} that waits for its room log (one configured a moment before, or not installed):
 * what else the host is asked meanwhile.
 */
class StartWaitingForLogTest {

    private static final Duration BOUND = Duration.ofSeconds(40);

    private final ExecutorService starter = Executors.newSingleThreadExecutor();
    private final AtomicReference<Thread> startThread = new AtomicReference<>();

    @AfterEach
    void shutDown() {
        starter.shutdownNow();
    }

    /** Starts {@code host} on the starter thread with the log {@code (chat.roomlog=type)}, for the room's settings. */
    private Future<RoomStatus> startWithLog(RoomHost host, String type) {
        return starter.submit(() -> {
            startThread.set(Thread.currentThread());
            return host.start(new HostSettings(0, "127.0.0.1", "", 0,
                    Map.of("roomlog.target", "(" + RoomLog.TYPE + "=" + type + ")")));
        });
    }

    /** Until the start waits for its log (the starter thread's stack says so). */
    private void awaitWaitingForLog() throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            Thread waiting = startThread.get();
            if (waiting != null && waiting.getState() == Thread.State.TIMED_WAITING && Arrays
                    .stream(waiting.getStackTrace()).anyMatch(frame -> frame.getClassName().endsWith(".LogChoice"))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the start did not wait for its room log within 10 s");
    }

    /**
     * The desktop asks for the status on its UI thread (whether "Host a room" and "Stop hosting" are enabled, the
     * moderation menu) while a start runs in a job: the answers do not wait for the start (they waited 20 s).
     */
    @Test
    void theStatusAnswersWhileAStartWaitsForItsLog() {
        assertTimeoutPreemptively(BOUND, () -> {
            RoomHost host = Services.get(RoomHost.class, "");
            BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
            ServiceRegistration<RoomLog> late = null;
            try {
                Future<RoomStatus> start = startWithLog(host, "registered-late");
                awaitWaitingForLog();
                assertEquals(false, host.status().hosting(), "not hosting before its log is there");
                assertEquals(Optional.empty(), host.tlsListener());
                assertFalse(start.isDone(), "answered while the start still waited");

                late = context.registerService(RoomLog.class, new UnreliableLog(),
                        new Hashtable<>(Map.of(RoomLog.TYPE, "registered-late")));
                RoomStatus started = start.get(20, TimeUnit.SECONDS);
                assertTrue(started.hosting(), "started once its log came");
                assertEquals(started, host.status());
            } finally {
                host.stop("test over");
                if (late != null) {
                    late.unregister();
                }
            }
        });
    }

    /**
     * The room service going away (the application or the headless server shutting down) while a start waits for a
     * log that is not there: the start gives up at once, saying why, and the shutdown does not wait out the start's
     * 20 s.
     */
    @Test
    void aStartWaitingForItsLogGivesUpWhenTheRoomServiceStops() {
        assertTimeoutPreemptively(BOUND, () -> {
            Bundle rooms = FrameworkUtil.getBundle(RoomHostComponent.class);
            RoomHost host = Services.get(RoomHost.class, "");
            try {
                Future<RoomStatus> start = startWithLog(host, "never-installed");
                awaitWaitingForLog();
                rooms.stop(); // waited for the start to end: before, it ended 20 s later, with "No room log matches"
                ExecutionException failed = assertThrows(ExecutionException.class,
                        () -> start.get(5, TimeUnit.SECONDS));
                IOException refused = assertInstanceOf(IOException.class, failed.getCause());
                assertTrue(refused.getMessage().contains("is stopping"), refused.getMessage());
            } finally {
                rooms.start();
            }
            assertFalse(Services.get(RoomHost.class, "").status().hosting(), "the room service is back, not hosting");
        });
    }
}
