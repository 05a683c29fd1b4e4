package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.chatroom.ui.internal.rooms.RoomTabs;
import org.chatroom.ui.internal.views.MessageRow;
import org.chatroom.ui.internal.views.ShownLine;
import org.chatroom.ui.internal.views.WidgetIds;
import org.chatroom.ui.internal.views.WidgetTree;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** Drives the real workbench from the UI thread: find widgets, run commands, spin the event loop until a condition. */
final class Ui {

    static final Duration WAIT = Duration.ofSeconds(20);

    private Ui() {
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    /**
     * The longest the client waits between two reconnection attempts (its {@code reconnect.max.millis} default): a
     * wait for a reconnection is bounded by {@link #WAIT} plus this, since the room may come back just after the
     * client began its longest delay (on a loaded machine the steps of a test take seconds each).
     */
    static final Duration RECONNECT_MAX = Duration.ofSeconds(30);

    /** Runs the event loop until {@code condition} holds; fails with {@code state} after {@link #WAIT}. */
    static void until(String what, BooleanSupplier condition, Supplier<String> state) {
        until(what, WAIT, condition, state);
    }

    /**
     * {@link #until(String, BooleanSupplier, Supplier)} for at most {@code bound}. Between two checks it runs what
     * is queued for the UI (up to {@link #DRAIN_MILLIS}), not one event: a check that reads many rows would otherwise
     * let the window fall seconds behind what the room sent.
     */
    static void until(String what, Duration bound, BooleanSupplier condition, Supplier<String> state) {
        long deadline = System.nanoTime() + bound.toNanos();
        Display display = display();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + bound.toSeconds() + " s waiting for " + what + "; saw: " + state.get());
            }
            if (!drain(display)) {
                sleep(10);
            }
        }
    }

    private static final long DRAIN_MILLIS = 50;

    /** @return whether anything was dispatched */
    private static boolean drain(Display display) {
        long end = System.nanoTime() + DRAIN_MILLIS * 1_000_000;
        boolean any = false;
        while (System.nanoTime() < end && display.readAndDispatch()) {
            any = true;
        }
        return any;
    }

    /** Runs the event loop for a while (lets posted events arrive). */
    static void spin(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            if (!display().readAndDispatch()) {
                sleep(5);
            }
        }
    }

    static void command(String id) {
        try {
            window().getService(IHandlerService.class).executeCommand(id, null);
        } catch (CommandException e) {
            fail("command " + id + " failed: " + e);
        }
    }

    /** Whether the menu and tool bar would offer the command now (its handler's enablement, freshly evaluated). */
    static boolean enabled(String id) {
        Command command = window().getService(ICommandService.class).getCommand(id);
        command.setEnabled(window().getService(IHandlerService.class).getCurrentState());
        return command.isEnabled();
    }

    static <T extends Control> T widget(Class<T> type, String id) {
        for (Shell shell : display().getShells()) {
            T found = find(shell, type, id);
            if (found != null) {
                return found;
            }
        }
        return fail("no " + type.getSimpleName() + " with id " + id + " is showing");
    }

    /** The widget {@code id} beside {@code list} (its jump bar, its reader), not one of another tab. */
    static <T extends Control> T beside(Table list, Class<T> type, String id) {
        T found = find(list.getParent().getParent(), type, id);
        if (found == null) {
            fail("no " + type.getSimpleName() + " '" + id + "' beside the message list");
        }
        return found;
    }

    /** The widget {@code id} inside {@code root} (a part's, a tab's). */
    static <T extends Control> T within(Control root, Class<T> type, String id) {
        T found = find(root, type, id);
        if (found == null) {
            fail("no " + type.getSimpleName() + " '" + id + "' in " + root);
        }
        return found;
    }

    private static <T extends Control> T find(Control control, Class<T> type, String id) {
        return WidgetTree.first(control, type, found -> id.equals(found.getData(WidgetIds.KEY)));
    }

    /** The message list of the room tab shown (where events that name no room go), else the first one. */
    static Table messages() {
        CTabFolder tabs = null;
        for (Shell shell : display().getShells()) {
            tabs = tabs != null ? tabs : find(shell, CTabFolder.class, RoomTabs.FOLDER);
        }
        Table shown = tabs == null || tabs.getSelection() == null ? null
                : find(tabs.getSelection().getControl(), Table.class, WidgetIds.MESSAGES);
        return shown != null ? shown : widget(Table.class, WidgetIds.MESSAGES);
    }

    /**
     * The message on line {@code index} of a message list as "time | from | text", the whole of it (a message wider
     * than its column takes several lines), else the line as it is shown.
     */
    static String row(Table table, int index) {
        TableItem item = table.getItem(index);
        item.getText(); // fills a virtual item
        if (item.getData() instanceof ShownLine line) {
            MessageRow message = line.row();
            return message.time() + " | " + message.from() + " | " + message.text();
        }
        return item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2);
    }

    /** {@code item}, filled if it is the item of a virtual table not shown yet. */
    static TableItem filled(TableItem item) {
        item.getText();
        return item;
    }

    /** The first line of the message on line {@code index} (the line itself when it does not wrap). */
    static int firstLine(Table table, int index) {
        int first = index;
        while (first > 0 && filled(table.getItem(first)).getData() instanceof ShownLine line && !line.first()) {
            first--;
        }
        return first;
    }

    /** How many messages a message list shows (a message wider than its column takes several lines). */
    static int messageCount(Table table) {
        int count = 0;
        for (int i = 0; i < table.getItemCount(); i++) {
            if (!(filled(table.getItem(i)).getData() instanceof ShownLine line) || line.first()) {
                count++;
            }
        }
        return count;
    }

    /** The last {@code n} messages of the message list as "time | from | text". */
    static List<String> lastRows(int n) {
        Table table = messages();
        List<String> rows = new ArrayList<>();
        for (int i = table.getItemCount() - 1; i >= 0 && rows.size() < n; i = firstLine(table, i) - 1) {
            rows.add(0, row(table, i));
        }
        return rows;
    }

    /** First line of the last of the last {@code within} messages whose "from | text" contains {@code text}, or -1. */
    static int lastRowContaining(String text, int within) {
        Table table = messages();
        int seen = 0;
        for (int i = table.getItemCount() - 1; i >= 0 && seen < within; i = firstLine(table, i) - 1, seen++) {
            if (row(table, i).contains(text)) {
                return firstLine(table, i);
            }
        }
        return -1;
    }

    static void awaitRow(String text) {
        until("a message list row containing '" + text + "'", () -> lastRowContaining(text, 200) >= 0,
                () -> String.join("\n", lastRows(10)));
    }

    static String status() {
        return widget(Label.class, WidgetIds.STATUS).getText();
    }

    /** The status line's tooltip: the state with the client's reason, which the line itself leaves out. */
    static String statusTip() {
        String tip = widget(Label.class, WidgetIds.STATUS).getToolTipText();
        return tip == null ? "" : tip;
    }

    static String hosting() {
        return widget(Label.class, WidgetIds.HOSTING).getText();
    }

    /** Scrolls the table like a user turning the mouse wheel until {@code index} is the top row. */
    static void scrollTo(Table table, int index) {
        table.setTopIndex(index);
        // GTK scrolls a virtual table lazily, in steps: wait until the top row stays put
        steady("the table to settle at row " + index, 40, table::getTopIndex);
        Event wheel = new Event();
        wheel.count = -1;
        table.notifyListeners(SWT.MouseWheel, wheel);
        spin(50);
    }

    /**
     * Shows the item, with no tooltip over it, and waits until its cell stays put: rows still arriving from an earlier
     * test scroll the list, and the screen read at a moved cell's old place shows another row.
     *
     * @return the cell's bounds
     */
    static Rectangle settledCell(TableItem item, int column) {
        Table table = item.getParent();
        table.notifyListeners(SWT.MouseExit, new Event()); // a tooltip an earlier test showed stays over the rows
        Ui.spin(100);
        return steady("the row to stay in view", 100, () -> {
            table.showItem(item);
            return item.getBounds(column);
        });
    }

    /**
     * Reads {@code reading} every {@code spinMillis} of the event loop until it gave the same value four times in a
     * row (GTK scrolls and lays out when idle, in steps), and returns that value.
     */
    private static <T> T steady(String what, long spinMillis, Supplier<T> reading) {
        AtomicReference<T> last = new AtomicReference<>();
        int[] same = { 0 };
        until(what, () -> {
            spin(spinMillis);
            T now = reading.get();
            same[0] = now.equals(last.getAndSet(now)) ? same[0] + 1 : 0;
            return same[0] >= 3;
        }, () -> "read " + last.get());
        return last.get();
    }

    /** The pixels of {@code area} of {@code control} as they are on the screen. */
    static ImageData pixels(Control control, Rectangle area) {
        Image image = new Image(control.getDisplay(), area.width, area.height);
        GC gc = new GC(control);
        try {
            gc.copyArea(image, area.x, area.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** How many pixels of {@code image} are of {@code colour}, give or take {@code tolerance} over the channels. */
    static int pixelsOf(ImageData image, RGB colour, int tolerance) {
        int count = 0;
        for (int y = 0; y < image.height; y++) {
            for (int x = 0; x < image.width; x++) {
                if (distance(image.palette.getRGB(image.getPixel(x, y)), colour) <= tolerance) {
                    count++;
                }
            }
        }
        return count;
    }

    /** How far apart two colours are: the sum of their channels' differences. */
    static int distance(RGB a, RGB b) {
        return Math.abs(a.red - b.red) + Math.abs(a.green - b.green) + Math.abs(a.blue - b.blue);
    }

    /** Types {@code line} into the input field and presses Enter. */
    static void typeAndEnter(String line) {
        typeAndEnter(widget(Text.class, WidgetIds.INPUT), line);
    }

    /** Types {@code line} into {@code field} (the room's input, a private conversation's) and presses Enter. */
    static void typeAndEnter(Text field, String line) {
        field.setFocus();
        field.setText(line);
        field.notifyListeners(SWT.DefaultSelection, new Event());
    }

    static void key(Text text, int keyCode) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.doit = true;
        text.notifyListeners(SWT.KeyDown, event);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    /** The texts of the labels in {@code composite}, in order (a dialog's question). */
    static List<String> labelTexts(org.eclipse.swt.widgets.Composite composite) {
        List<String> texts = new ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                texts.addAll(labelTexts(inner));
            }
        }
        return texts;
    }
}
