package org.chatroom.ui.tests;

import org.chatroom.testing.RawMember;
import java.io.File;
import java.time.Instant;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.ui.internal.theme.LookPreferences;
import org.chatroom.ui.internal.theme.Theme;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Not a test (surefire's default includes skip it): pictures of the real workbench for the README, saved to
 * {@code target/screens/}: the room with a long line in the reader, the unread marker, a private conversation, the
 * dark theme. Run with {@code -Dtest=DesktopScreens} (releng/scripts/desktop-benchmark.sh does).
 */
class DesktopScreens {

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void pictures() throws Exception {
        int port = Chat.host("maria");
        Shell shell = Ui.window().getShell();
        shell.setSize(1000, 640);
        try (RawMember luca = RawMember.join(port, "luca", Ui::until)) {
            luca.send("Ciao a tutti! Is this the Friday release room?");
            luca.send("maria, the notes are at https://example.org/chatroom/notes and the long version follows: "
                    + "every bundle was rebuilt from Maven Central, the update site was checked in a fresh platform, "
                    + "the archives for Linux, Windows and macOS were unpacked and started, and the Debian package "
                    + "installed its menu entry as it should. Can you share the build numbers?");
            Ui.awaitRow("build numbers?");
            Ui.typeAndEnter("Hi luca, build 4.38 is green");
            Ui.awaitRow("build 4.38 is green");
            Table table = Ui.messages();
            Feed.select(table, Ui.lastRowContaining("build numbers?", 10));
            save(shell, "room-light");

            Feed.deselect(table);
            Shell other = new Shell(Ui.display());
            other.setBounds(1100, 700, 100, 60);
            other.open();
            other.forceActive();
            Ui.until("another window active", () -> Ui.display().getActiveShell() == other, () -> "");
            luca.send("Are you still there, maria?");
            Ui.awaitRow("still there");
            Ui.spin(500);
            save(shell, "unread");
            other.dispose();
            shell.forceActive();
            Ui.spin(300);

            Feed.bridge().events(List.of(new ChatEvent(Kind.PRIVATE, Instant.now(), "sofia", "maria",
                    "Can we talk about the release date before the meeting?")));
            Ui.until("the conversation", () -> org.chatroom.ui.internal.privates.PrivateChats.isOpen("sofia"),
                    () -> "");
            Ui.spin(500);
            save(shell, "private");

            Chat.prefs().put(LookPreferences.THEME, Theme.DARK.name());
            Ui.spin(500);
            save(shell, "dark");
        }
    }

    private static void save(Shell shell, String name) {
        Ui.spin(200);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            File dir = new File(System.getProperty("user.dir"), "target/screens");
            dir.mkdirs();
            loader.save(new File(dir, name + ".png").getPath(), SWT.IMAGE_PNG);
            System.out.println("SCREEN " + new File(dir, name + ".png"));
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
