package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * The window has the application's icon, in the sizes task bars, window lists and Alt+Tab ask for (it had none: the
 * window manager's generic one), and the X server holds them for the window manager to read; dialogs get it too.
 */
class AppIconTest {

    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    @Test
    void theWindowAndItsDialogsCarryTheIconInEverySize() {
        Shell shell = Ui.window().getShell();
        assertEquals(SIZES, widths(shell.getImages()), "the window's images");
        assertEquals(SIZES, widths(Window.getDefaultImages()), "what dialogs are given");
        String icons = WmHints.property(shell, "_NET_WM_ICON");
        for (int size : SIZES) {
            assertTrue(icons.contains("Icon (" + size + " x " + size + ")"), "an X icon of " + size + " px in "
                    + icons.lines().filter(line -> line.contains("Icon (")).toList());
        }
    }

    private static List<Integer> widths(Image[] images) {
        return Arrays.stream(images).map(image -> image.getBounds().width).sorted().toList();
    }
}
