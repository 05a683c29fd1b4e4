package org.chatroom.ui.internal.app;

import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;

/**
 * Brings the window back as large as, and where, the user left it, maximized or not. The workbench's own memory of
 * its layout is off (the product's {@code clearPersistedState}: a restored model lost the status line), so the
 * window opened at the workbench's default size on every start. The bounds are kept in the preferences as the user
 * moves and sizes the window (those of the normal window while it is maximized), written to disk when it closes,
 * and used at the next start if they still lie on a screen.
 */
public final class WindowPlace {

    /** {@code x,y,width,height} of the window, not maximized. */
    public static final String BOUNDS = "window.bounds";
    /** Whether the window was maximized. */
    public static final String MAXIMIZED = "window.maximized";
    /**
     * The smallest window a start gives back and the user can make (the input row and the lists still fit:
     * SmallWindowTest; smaller, the views' tabs and the tool bar were cut to pieces).
     */
    static final int MIN_WIDTH = 400;
    static final int MIN_HEIGHT = 300;
    /** How much of a window must lie on a screen to be given back there. */
    private static final int ON_SCREEN = 100;

    private final Shell shell;
    private final IEclipsePreferences prefs;

    private WindowPlace(Shell shell, IEclipsePreferences prefs) {
        this.shell = shell;
        this.prefs = prefs;
    }

    /** Gives {@code shell} (not yet open) the bounds kept last time, then keeps its bounds as they change. */
    public static void install(Shell shell) {
        WindowPlace place = new WindowPlace(shell, InstanceScope.INSTANCE.getNode(ChatPreferences.NODE));
        shell.setMinimumSize(MIN_WIDTH, MIN_HEIGHT);
        place.restore();
        shell.addListener(SWT.Resize, e -> place.remember());
        shell.addListener(SWT.Move, e -> place.remember());
        shell.addListener(SWT.Dispose, e -> place.save());
    }

    private void restore() {
        Rectangle bounds = onScreen(parse(prefs.get(BOUNDS, "")), monitors());
        if (bounds != null) {
            shell.setBounds(bounds);
        }
        if (prefs.getBoolean(MAXIMIZED, false)) {
            shell.setMaximized(true);
        }
    }

    private void remember() {
        if (shell.isDisposed() || shell.getMinimized()) {
            return;
        }
        boolean maximized = shell.getMaximized();
        prefs.putBoolean(MAXIMIZED, maximized);
        if (!maximized) {
            Rectangle b = shell.getBounds();
            prefs.put(BOUNDS, b.x + "," + b.y + "," + b.width + "," + b.height);
        }
    }

    private void save() {
        ChatPreferences.keep(prefs, WindowPlace.class, "the window's size and place");
    }

    private Rectangle[] monitors() {
        Monitor[] monitors = shell.getDisplay().getMonitors();
        Rectangle[] areas = new Rectangle[monitors.length];
        for (int i = 0; i < monitors.length; i++) {
            areas[i] = monitors[i].getClientArea();
        }
        return areas;
    }

    /** @return the bounds in {@code text} ({@code x,y,width,height}), {@code null} when there are none */
    public static Rectangle parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return null;
        }
        try {
            return new Rectangle(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                    Integer.parseInt(parts[2].strip()), Integer.parseInt(parts[3].strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * @return {@code bounds} at least {@value #MIN_WIDTH} x {@value #MIN_HEIGHT} and no larger than the screen it
     *         lies on most, or {@code null} when no screen shows enough of it (a screen unplugged since: the
     *         workbench places the window)
     */
    public static Rectangle onScreen(Rectangle bounds, Rectangle[] screens) {
        if (bounds == null) {
            return null;
        }
        Rectangle wanted = new Rectangle(bounds.x, bounds.y, Math.max(MIN_WIDTH, bounds.width),
                Math.max(MIN_HEIGHT, bounds.height));
        Rectangle best = null;
        int most = 0;
        for (Rectangle screen : screens) {
            Rectangle shared = screen.intersection(wanted);
            int area = shared.width * shared.height;
            if (shared.width >= ON_SCREEN && shared.height >= ON_SCREEN && area > most) {
                best = screen;
                most = area;
            }
        }
        if (best == null) {
            return null;
        }
        return new Rectangle(wanted.x, wanted.y, Math.min(best.width, wanted.width),
                Math.min(best.height, wanted.height));
    }
}
