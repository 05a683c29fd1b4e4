package org.chatroom.ui.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ChatListener;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Not a test (surefire's default includes skip it): the desktop under a 5,000 msg/s flood (a quarter of it messages
 * that wrap onto several lines), fed through the event bridge as the client feeds it, while the user types lines
 * into a hosted room. Prints how long a typed line took
 * to show, the longest UI-thread stall a watchdog saw, and the cost of 100,000 rows. Run by
 * releng/scripts/desktop-benchmark.sh.
 */
class DesktopFloodBenchmark {

    private static final int RATE = 5_000;
    private static final int SECONDS = 10;
    private static final int BATCH_MILLIS = 10;
    /** Every this many flood messages one is long enough to wrap onto several lines of the list (2 or 3 here). */
    private static final int LONG_EVERY = 4;
    private static final String LONG_TAIL = " and a longer thought that goes on, as people write when they explain"
            .repeat(3);

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void floodWhileTyping() throws Exception {
        Chat.prefs().putInt(ChatPreferences.SCROLLBACK, 100_000);
        Chat.host("bench");
        Display display = Ui.display();
        Watchdog watchdog = new Watchdog(display);
        AtomicBoolean flooding = new AtomicBoolean(true);
        Thread flood = new Thread(() -> flood(Feed.bridge(), flooding), "flood");
        watchdog.start();
        flood.start();
        List<Long> typed = new ArrayList<>();
        Probe probe = new Probe();
        for (int i = 0; i < SECONDS - 1; i++) {
            Ui.spin(700);
            String line = "probe " + i;
            String before = Probe.newest(); // flood rows are numbered: this one is unique
            long sent = System.nanoTime();
            Ui.typeAndEnter(line);
            // only the rows that came since the line was typed: the line cannot be older. The check runs on the UI
            // thread, and scanning a fixed 20,000 rows (3 texts each) every time cost the UI thread tens of
            // milliseconds per check, which the watchdog and the latency then counted as the desktop's
            Ui.until("the typed line", () -> probe.check(line, before),
                    () -> Ui.messages().getItemCount() + " rows, the last: " + Ui.lastRows(1));
            typed.add((System.nanoTime() - sent) / 1_000_000);
        }
        flooding.set(false);
        flood.join();
        watchdog.stop();
        long[] latencies = typed.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("BENCH flood %d msg/s for %d s through the bridge%n", RATE, SECONDS);
        System.out.printf("BENCH typed line shown after (ms): median %d, max %d (%d lines)%n",
                latencies[latencies.length / 2], latencies[latencies.length - 1], latencies.length);
        System.out.printf("BENCH UI thread longest stall %d ms, p99 %d ms (%d probes)%n", watchdog.longest(),
                watchdog.percentile(0.99), watchdog.count());
        System.out.printf("BENCH the benchmark's own check for the typed line (UI thread): longest %.1f ms, "
                + "%d checks%n", probe.longestNanos / 1e6, probe.checks);
        narrower(display);
        rows100k();
    }

    /** The window made narrower after the flood: how long until its rows are broken again, and the longest stall. */
    private static void narrower(Display display) throws InterruptedException {
        Table table = Ui.messages();
        Shell shell = Ui.window().getShell();
        Point before = shell.getSize();
        Ui.until("the flood's last rows listed", Duration.ofSeconds(60), () -> {
            int count = table.getItemCount();
            Ui.spin(500);
            return count == table.getItemCount();
        }, () -> table.getItemCount() + " lines");
        int lines = table.getItemCount();
        // not Ui.messageCount: it fills every item, and clearing 49,000 filled items after the lines change took 1.2 s
        Watchdog watchdog = new Watchdog(display);
        watchdog.start();
        long start = System.nanoTime();
        shell.setSize(before.x * 2 / 3, before.y);
        Ui.until("the rows in view broken again", Duration.ofSeconds(60), () -> table.getItemCount() > lines,
                () -> table.getItemCount() + " lines");
        long inView = (System.nanoTime() - start) / 1_000_000;
        long[] lastChange = { System.nanoTime() };
        int[] count = { table.getItemCount() };
        Ui.until("all the rows broken again", Duration.ofSeconds(60), () -> {
            Ui.spin(50);
            if (table.getItemCount() != count[0]) {
                count[0] = table.getItemCount();
                lastChange[0] = System.nanoTime();
            }
            return System.nanoTime() - lastChange[0] > 1_000_000_000L;
        }, () -> table.getItemCount() + " lines");
        long all = (lastChange[0] - start) / 1_000_000;
        watchdog.stop();
        System.out.printf("BENCH window 2/3 as wide: of %,d lines, those in view broken again after %d ms, all (%,d "
                + "lines) after %d ms (from the resize, with 120 ms of waiting for the width to settle); UI thread "
                + "longest stall %d ms%n", lines, inView, table.getItemCount(), all, watchdog.longest());
        shell.setSize(before);
        Ui.spin(500);
    }

    private static void flood(ChatListener bridge, AtomicBoolean flooding) {
        int perBatch = RATE * BATCH_MILLIS / 1000;
        long next = System.nanoTime();
        int n = 0;
        long end = next + SECONDS * 1_000_000_000L;
        while (flooding.get() && System.nanoTime() < end) {
            List<ChatEvent> batch = new ArrayList<>(perBatch);
            for (int i = 0; i < perBatch; i++) {
                String text = "flood message " + n + (n % LONG_EVERY == 0 ? LONG_TAIL : "");
                n++;
                batch.add(new ChatEvent(Kind.MESSAGE, Instant.now(), "flood", "", text));
            }
            bridge.events(batch);
            next += BATCH_MILLIS * 1_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    private static void rows100k() {
        Table table = Ui.messages();
        Feed.messages("fill", "fill ", Math.max(0, 100_000 - table.getItemCount()));
        Ui.until("100,000 rows", () -> table.getItemCount() >= 100_000, () -> "" + table.getItemCount());
        Ui.spin(300);
        long start = System.nanoTime();
        for (int top = 0; top < 100_000; top += 5_000) {
            table.setTopIndex(top);
            table.redraw();
            table.update();
            Ui.display().readAndDispatch();
        }
        long scroll = (System.nanoTime() - start) / 1_000_000 / 20;
        start = System.nanoTime();
        table.selectAll();
        table.setFocus(); // else the workbench's Ctrl+C binding copies from a focused text field (see CopyTest)
        Event copy = new Event();
        copy.keyCode = 'c';
        copy.stateMask = SWT.MOD1;
        table.notifyListeners(SWT.KeyDown, copy);
        long copyMillis = (System.nanoTime() - start) / 1_000_000;
        table.deselectAll();
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        System.out.printf("BENCH 100,000 rows: a jump of 5,000 rows painted in %d ms; select all and copy %d ms; "
                + "heap in use after GC %d MB%n", scroll, copyMillis, used);
    }

    /** Looks for a typed line among the rows that came since it was typed, and times itself. */
    private static final class Probe {
        private static final int MOST = 20_000;
        private long longestNanos;
        private int checks;

        static String newest() {
            Table table = Ui.messages();
            int count = table.getItemCount();
            return count == 0 ? "" : Ui.row(table, count - 1);
        }

        /** @param lastBefore the newest row when the line was typed: the scan from the newest row stops there */
        boolean check(String line, String lastBefore) {
            long start = System.nanoTime();
            Table table = Ui.messages();
            boolean found = false;
            int count = table.getItemCount();
            for (int i = count - 1; i >= Math.max(0, count - MOST) && !found; i--) {
                String row = Ui.row(table, i);
                if (row.equals(lastBefore)) {
                    break;
                }
                found = row.contains(line);
            }
            longestNanos = Math.max(longestNanos, System.nanoTime() - start);
            checks++;
            return found;
        }
    }

    /** Posts a probe to the UI thread every 5 ms and records how long each waited to run. */
    private static final class Watchdog {
        private final Display display;
        private final ConcurrentLinkedQueue<Long> waits = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread = new Thread(this::run, "ui-watchdog");

        Watchdog(Display display) {
            this.display = display;
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        private void run() {
            while (running.get() && !display.isDisposed()) {
                long posted = System.nanoTime();
                AtomicBoolean ran = new AtomicBoolean();
                display.asyncExec(() -> {
                    waits.add((System.nanoTime() - posted) / 1_000_000);
                    ran.set(true);
                });
                while (!ran.get() && running.get()) {
                    LockSupport.parkNanos(1_000_000);
                }
                LockSupport.parkNanos(5_000_000);
            }
        }

        long longest() {
            return waits.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        long percentile(double p) {
            long[] sorted = waits.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
        }

        int count() {
            return waits.size();
        }
    }
}
