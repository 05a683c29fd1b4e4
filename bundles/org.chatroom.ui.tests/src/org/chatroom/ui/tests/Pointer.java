package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/**
 * Clicks and keys as the user presses them: another X client ({@code xdotool}, Debian package xdotool) moves the
 * pointer and presses its button or keys, and GTK hands the widget the real events, while this UI thread keeps the
 * event loop running. A listener called by hand proves less: what a widget itself does with a click (a tab folder
 * selecting its tab, the workbench activating a view, the focus moving) happens only for real ones, and a key
 * binding is looked up only for a real key.
 */
final class Pointer {

    private Pointer() {
    }

    /** Clicks the first button at {@code x}, {@code y} of {@code control}. */
    static void click(Control control, int x, int y) {
        Point at = control.getDisplay().map(control, null, x, y);
        xdotool("click at " + at, "mousemove", "--sync", Integer.toString(at.x), Integer.toString(at.y), "click",
                "1");
    }

    /** Presses {@code keys} ({@code ctrl+equal}: X key names) on the keyboard, to the window that has the focus. */
    static void press(String keys) {
        xdotool("press " + keys, "key", keys);
    }

    private static void xdotool(String what, String... arguments) {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(arguments));
        try {
            Process xdotool = new ProcessBuilder(command).redirectErrorStream(true).start();
            Ui.until("xdotool to " + what, () -> !xdotool.isAlive(), () -> "xdotool still running");
            assertEquals(0, xdotool.exitValue(), "xdotool's exit code");
            Ui.spin(50);
        } catch (IOException e) {
            fail("xdotool (Debian package xdotool, releng/scripts/setup-debian.sh) could not run: " + e);
        }
    }
}
