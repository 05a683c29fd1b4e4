package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.chatroom.ui.internal.app.MembersWidth;
import org.chatroom.ui.internal.app.WindowPlace;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The window comes back as large as, and where, the user left it: its bounds are kept in the preferences as it is
 * moved and sized, and a start gives them back if they still lie on a screen (the product smoke test quits the
 * product and starts it again to see it whole).
 */
class WindowPlaceTest {

    private Rectangle before;

    @AfterEach
    void restore() throws Exception {
        if (before != null) {
            Ui.window().getShell().setBounds(before);
            Ui.spin(100);
        }
        Chat.reset();
    }

    @Test
    void theWindowsBoundsAreKeptAsTheUserSizesIt() {
        Shell shell = Ui.window().getShell();
        before = shell.getBounds();
        shell.setBounds(before.x + 10, before.y + 5, 900, 650);
        Ui.until("the new bounds kept", () -> bounds(shell).equals(kept()), () -> kept() + " for " + bounds(shell));
        assertEquals("false", Chat.prefs().get(WindowPlace.MAXIMIZED, null));
    }

    @Test
    void aNewWindowGetsTheBoundsKeptBeforeItOpens() {
        Chat.prefs().put(WindowPlace.BOUNDS, "30,40,700,500");
        Shell shell = new Shell(Ui.display());
        try {
            WindowPlace.install(shell);
            assertEquals(new Rectangle(30, 40, 700, 500), shell.getBounds());
        } finally {
            shell.dispose();
        }
    }

    @Test
    void boundsOffEveryScreenAreNotGivenBackAndOthersAreFittedToTheirScreen() {
        Rectangle[] screens = { new Rectangle(0, 0, 1920, 1080), new Rectangle(1920, 0, 1280, 1024) };
        Rectangle inside = new Rectangle(100, 80, 1000, 700);
        assertEquals(inside, WindowPlace.onScreen(inside, screens));
        assertEquals(new Rectangle(2000, 50, 900, 600), WindowPlace.onScreen(new Rectangle(2000, 50, 900, 600),
                screens), "on the second screen");
        assertNull(WindowPlace.onScreen(new Rectangle(5000, 100, 800, 600), screens), "a screen unplugged since");
        assertNull(WindowPlace.onScreen(new Rectangle(1870, 1040, 800, 600), screens), "a corner of it at most");
        assertEquals(new Rectangle(10, 10, 400, 300), WindowPlace.onScreen(new Rectangle(10, 10, 120, 90),
                screens), "no smaller than the input row and lists need");
        assertEquals(new Rectangle(0, 0, 1920, 1080), WindowPlace.onScreen(new Rectangle(0, 0, 4000, 3000),
                screens), "no larger than its screen");
        assertNull(WindowPlace.onScreen(WindowPlace.parse("junk"), screens));
        assertNull(WindowPlace.parse("1,2,3"));
        assertEquals(new Rectangle(1, 2, 3, 4), WindowPlace.parse("1, 2, 3, 4"));
    }

    @Test
    void theMemberListIsGivenTheWidthKeptAndItsWidthIsKeptAsItChanges() {
        IWorkbenchWindow window = Ui.window();
        int width = MembersWidth.width(window);
        int whole = window.getShell().getSize().x;
        try {
            MembersWidth.give(window, width + 80);
            Ui.until("the member list 80 pixels wider", () -> MembersWidth.width(window) == width + 80,
                    () -> width + " -> " + MembersWidth.width(window));
            Ui.until("its width kept", () -> Chat.prefs().getInt(MembersWidth.KEY, 0) == width + 80,
                    () -> Chat.prefs().get(MembersWidth.KEY, "none"));
            MembersWidth.give(window, 5000);
            Ui.until("half the window at most", () -> MembersWidth.width(window) <= whole / 2
                    && MembersWidth.width(window) > width + 80, () -> MembersWidth.width(window) + " of " + whole);
        } finally {
            MembersWidth.give(window, width);
        }
        Ui.until("the member list as it was", () -> MembersWidth.width(window) == width,
                () -> width + " <- " + MembersWidth.width(window));
    }

    private static String bounds(Shell shell) {
        Rectangle b = shell.getBounds();
        return b.x + "," + b.y + "," + b.width + "," + b.height;
    }

    private static String kept() {
        return Chat.prefs().get(WindowPlace.BOUNDS, "");
    }
}
