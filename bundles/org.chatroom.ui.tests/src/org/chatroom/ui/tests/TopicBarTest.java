package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.chatroom.ui.internal.theme.LookPreferences;
import org.chatroom.ui.internal.theme.Palette;
import org.chatroom.ui.internal.theme.Theme;
import org.chatroom.ui.internal.views.LinkLauncher;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each room tab keeps its room's topic in sight on a line above the list (it was only a row when joining, soon
 * scrolled away): set from the input, set by another member, none in a new room, the whole text in the tooltips, its
 * links opened with a click.
 */
class TopicBarTest {

    @BeforeEach
    void atTheWindow() {
        Rooms.focusWindow();
    }

    @AfterEach
    void reset() throws Exception {
        Rooms.show(Rooms.DEFAULT); // the next tests read the tab shown
        Chat.reset();
    }

    @Test
    void eachTabShowsItsRoomsTopicAboveTheList() throws Exception {
        int port = Rooms.host("ada");
        String topic = "release at five & the notes " + Rooms.fresh("v");
        Ui.typeAndEnter("/topic " + topic);
        StyledText general = bar(Rooms.DEFAULT);
        Ui.until("the topic above the list", () -> general.isVisible() && topic.equals(general.getToolTipText()),
                () -> general.getVisible() + " '" + general.getText() + "'");
        assertEquals("Topic: " + topic, general.getText(), "one line, with its &");
        assertEquals(topic, Rooms.tab(Rooms.DEFAULT).getToolTipText(), "the tab's tooltip");
        assertTrue(general.getSize().y > 0, "laid out: " + general.getBounds());

        String ops = Rooms.created("ops");
        Rooms.awaitJoined(ops);
        StyledText quiet = bar(ops);
        assertFalse(quiet.isVisible(), "a new room has no topic: no bar");
        try (RoomsMember bob = RoomsMember.connect(port, "bob", "JOIN " + ops)) {
            bob.send("TOPIC " + ops + " deploys and incidents");
            Ui.until("bob's topic above the list of " + ops,
                    () -> quiet.isVisible() && quiet.getText().equals("Topic: deploys and incidents"),
                    () -> quiet.getVisible() + " '" + quiet.getText() + "'");
            assertEquals(topic, general.getToolTipText(), "the other tab keeps its own");

            String longer = "a topic longer than any window is wide: " + "the release notes, ".repeat(40) + "end";
            bob.send("TOPIC " + ops + " " + longer);
            Ui.until("the long topic cut with an ellipsis", () -> longer.equals(quiet.getToolTipText())
                    && quiet.getText().endsWith("\u2026"), () -> "'" + quiet.getText() + "'");
            GC gc = new GC(quiet);
            try {
                assertTrue(gc.textExtent(quiet.getText()).x <= quiet.getSize().x, "the cut topic fits its line");
            } finally {
                gc.dispose();
            }
            // a small window keeps its few lines for the list: the topic stays in the tab's tooltip
            Shell shell = Ui.window().getShell();
            Point before = shell.getSize();
            try {
                shell.setSize(400, 300);
                Ui.until("no topic bar at 400x300", () -> !quiet.isVisible(), () -> "" + shell.getSize());
            } finally {
                shell.setSize(before);
            }
            Ui.until("the topic bar back at " + before, () -> quiet.isVisible(), () -> "" + shell.getSize());
        }
    }

    private static StyledText bar(String room) {
        return Ui.beside(Rooms.table(room), StyledText.class, WidgetIds.TOPIC);
    }

    @Test
    void aLinkInTheTopicOpensWithAClick() throws Exception {
        List<String> opened = new CopyOnWriteArrayList<>();
        Feed.windowContext().set(LinkLauncher.class, opened::add);
        try {
            Rooms.host("ada");
            String url = "https://notes.example.org/" + Rooms.fresh("release");
            Ui.typeAndEnter("/topic release notes at " + url + " - read them");
            StyledText bar = bar(Rooms.DEFAULT);
            Ui.until("the topic with its link", () -> bar.isVisible() && bar.getText().contains(url),
                    () -> "'" + bar.getText() + "'");
            int offset = bar.getText().indexOf(url) + 3;
            StyleRange style = bar.getStyleRangeAtOffset(offset);
            assertTrue(style != null && style.underline && style.underlineStyle == SWT.UNDERLINE_LINK,
                    "the link is underlined as a link: " + style);
            Feed.clickText(bar, offset);
            assertEquals(List.of(url), opened, "a click opens the link");

            // the link's colour follows a theme switch
            for (Theme theme : new Theme[] { Theme.DARK, Theme.LIGHT }) {
                Chat.prefs().put(LookPreferences.THEME, theme.name());
                RGB link = new Palette(theme.foreground(), theme.background()).link();
                Ui.until("the link in the " + theme + " link colour", () -> link.equals(
                        bar.getStyleRangeAtOffset(offset).foreground.getRGB()),
                        () -> "" + bar.getStyleRangeAtOffset(offset).foreground);
            }
        } finally {
            Feed.windowContext().remove(LinkLauncher.class);
            Chat.prefs().remove(LookPreferences.THEME);
        }
    }
}
