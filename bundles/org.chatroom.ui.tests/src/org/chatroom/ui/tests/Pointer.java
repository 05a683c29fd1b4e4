package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/**
 * Clicks as the user does: another X client ({@code xdotool}, Debian package xdotool) moves the pointer and presses
 * its button, and GTK hands the widget the real events, while this UI thread keeps the event loop running. A
 * listener called by hand proves less: what a widget itself does with a click (a tab folder selecting its tab, the
 * workbench activating a view, the focus moving) happens only for real ones.
 */
final class Pointer {

    private Pointer() {
    }

    /** Clicks the first button at {@code x}, {@code y} of {@code control}. */
    static void click(Control control, int x, int y) {
        Point at = control.getDisplay().map(control, null, x, y);
        try {
            Process xdotool = new ProcessBuilder("xdotool", "mousemove", "--sync", Integer.toString(at.x),
                    Integer.toString(at.y), "click", "1").redirectErrorStream(true).start();
            Ui.until("xdotool to click at " + at, () -> !xdotool.isAlive(), () -> "xdotool still running");
            assertEquals(0, xdotool.exitValue(), "xdotool's exit code");
            Ui.spin(50);
        } catch (IOException e) {
            fail("xdotool (Debian package xdotool, releng/scripts/setup-debian.sh) could not run: " + e);
        }
    }
}
