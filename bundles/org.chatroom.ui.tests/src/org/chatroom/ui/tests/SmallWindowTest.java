package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;

import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/** Defect 4: at 400x300 (and back at a larger size) the input field and Send are shown whole. */
class SmallWindowTest {

    @Test
    void theInputRowIsWholeInASmallWindow() {
        Shell shell = Ui.window().getShell();
        Point before = shell.getSize();
        try {
            for (Point size : new Point[] { new Point(400, 300), new Point(900, 700), new Point(400, 300) }) {
                shell.setSize(size);
                Button send = Ui.widget(Button.class, WidgetIds.SEND);
                Text input = Ui.widget(Text.class, WidgetIds.INPUT);
                Ui.until("the window at " + size, () -> shell.getSize().equals(size), () -> "" + shell.getSize());
                Ui.until("Send and the field shown whole at " + size, () -> whole(send) && whole(input),
                        () -> "Send " + visible(send) + " of " + onScreen(send) + ", field " + visible(input)
                                + " of " + onScreen(input) + " in the shell's " + onScreen(shell));
                Rectangle area = onScreen(shell);
                assertTrue(area.contains(onScreen(send).x, onScreen(send).y)
                        && area.contains(right(onScreen(send)) - 1, bottom(onScreen(send)) - 1),
                        "Send lies inside the shell: " + onScreen(send) + " in " + area);
                assertEquals(send.computeSize(SWT.DEFAULT, SWT.DEFAULT).y, send.getSize().y,
                        "Send has its full height");
            }
        } finally {
            shell.setSize(before);
            Ui.spin(100);
        }
    }

    @Test
    void theWindowGoesNoSmallerThanItsContentNeeds() {
        Shell shell = Ui.window().getShell();
        Point before = shell.getSize();
        try {
            shell.setSize(150, 100); // as a user dragging its corner far in
            Ui.spin(100);
            Point size = shell.getSize();
            assertTrue(size.x >= 400 && size.y >= 300, "the window at " + size);
            assertEquals(new Point(400, 300), shell.getMinimumSize());
        } finally {
            shell.setSize(before);
            Ui.spin(100);
        }
    }

    @Test
    void theStatusLineShowsWhereOthersConnectWholeInA700PixelWindow() throws Exception {
        hostedAt("narrow", new Point(700, 500), () -> {
            Label hosting = Ui.widget(Label.class, WidgetIds.HOSTING);
            Label state = Ui.widget(Label.class, WidgetIds.STATUS);
            // fixed widths of 260 and 360 pixels cut the address, beside an empty part of the line
            Ui.until("both labels of the status line whole", () -> wide(hosting) && wide(state),
                    () -> "'" + hosting.getText() + "' " + visible(hosting) + " of " + onScreen(hosting)
                            + " needing " + hosting.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + ", '" + state.getText()
                            + "' " + visible(state));
        });
    }

    /**
     * Found by using the product: at 640 pixels the line cut the address to "192.0.2.2:56". Where the explanation
     * does not fit, the address is shown without it ("Hosting: 192.0.2.2:53000"), the tooltip saying it all; wider
     * again, the explanation comes back.
     */
    @Test
    void theStatusLineShowsTheWholeAddressInA640PixelWindow() throws Exception {
        hostedAt("tight", new Point(640, 480), () -> {
            Label hosting = Ui.widget(Label.class, WidgetIds.HOSTING);
            Ui.until("the address whole", () -> wide(hosting) && hosting.getText().matches("Hosting: \\S+:\\d+"),
                    () -> "'" + hosting.getText() + "' " + visible(hosting) + " of " + onScreen(hosting));
            assertTrue(hosting.getToolTipText().contains("others connect to"), hosting.getToolTipText());
            resize(Ui.window().getShell(), new Point(1100, 700));
            Ui.until("the explanation back in a wide window", () -> hosting.getText().contains("others connect to")
                    && wide(hosting), hosting::getText);
        });
    }

    /**
     * Found by using the product: at 790 pixels the member list's tab showed "Members..." for "Members (3)", its
     * minimize and maximize buttons taking the room. The views have none (the layout is fixed), and each view's tab
     * has the room for its whole title.
     */
    @Test
    void theViewsTabsShowTheirWholeTitlesInAn800PixelWindow() throws Exception {
        hostedAt("titles", new Point(790, 600), () -> {
            Ui.spin(100);
            for (Control view : new Control[] { Members.table(), Ui.messages() }) {
                CTabFolder tabs = folder(view);
                assertTrue(!tabs.getMinimizeVisible() && !tabs.getMaximizeVisible(), "no minimize or maximize on "
                        + tabs.getSelection().getText());
                CTabItem tab = tabs.getSelection();
                String drawn = drawnTitle(tab);
                assertTrue(drawn == null || drawn.equals(tab.getText()), "the tab shows '" + drawn + "' for '"
                        + tab.getText() + "'");
            }
            assertTrue(folder(Members.table()).getSelection().getText().matches(".+ \\(1\\)"),
                    "the member list's title counts its members: " + folder(Members.table()).getSelection().getText());
        });
    }

    /** Hosts a room as {@code nickname} and runs {@code check} in a window of {@code size}; then puts both back. */
    private static void hostedAt(String nickname, Point size, Check check) throws Exception {
        Chat.host(nickname);
        Shell shell = Ui.window().getShell();
        Point before = shell.getSize();
        try {
            resize(shell, size);
            check.run();
        } finally {
            shell.setSize(before);
            Ui.spin(100);
            Chat.reset();
        }
    }

    private interface Check {
        void run() throws Exception;
    }

    /**
     * The title as the tab draws it: CTabFolder keeps the text it shortened to fit (with "...") in a field of its
     * item, which SWT has no API for; {@code null} before the tab was drawn.
     */
    private static String drawnTitle(CTabItem tab) throws ReflectiveOperationException {
        Field shortened = CTabItem.class.getDeclaredField("shortenedText");
        shortened.setAccessible(true);
        return (String) shortened.get(tab);
    }

    private static void resize(Shell shell, Point size) {
        shell.setSize(size);
        Ui.until("the window at " + size, () -> shell.getSize().equals(size), () -> "" + shell.getSize());
    }

    private static CTabFolder folder(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c instanceof CTabFolder folder) {
                return folder;
            }
        }
        throw new AssertionError("no tab folder around " + control);
    }

    /** Whether {@code label} is shown whole, as wide as its text. */
    private static boolean wide(Label label) {
        return whole(label) && label.getSize().x >= label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
    }

    /** Whether the part of {@code control} not cut off by its ancestors is all of it, at no less than its height. */
    private static boolean whole(Control control) {
        return control.isVisible() && visible(control).equals(onScreen(control))
                && control.getSize().y >= control.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
    }

    /** The part of {@code control} its ancestors' client areas let show, in display coordinates. */
    private static Rectangle visible(Control control) {
        Rectangle shown = onScreen(control);
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            shown = shown.intersection(onScreen(parent));
        }
        return shown;
    }

    /** The client area of {@code control} in display coordinates. */
    private static Rectangle onScreen(Control control) {
        Rectangle area = control instanceof Composite composite ? composite.getClientArea()
                : new Rectangle(0, 0, control.getSize().x, control.getSize().y);
        Point origin = control.toDisplay(area.x, area.y);
        return new Rectangle(origin.x, origin.y, area.width, area.height);
    }

    private static int right(Rectangle r) {
        return r.x + r.width;
    }

    private static int bottom(Rectangle r) {
        return r.y + r.height;
    }
}
