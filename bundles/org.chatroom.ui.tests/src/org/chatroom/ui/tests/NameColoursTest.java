package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.testing.RawMember;
import org.chatroom.testing.Services;
import org.chatroom.ui.internal.theme.LookPreferences;
import org.chatroom.ui.internal.theme.NameColours;
import org.chatroom.ui.internal.theme.Palette;
import org.chatroom.ui.internal.theme.Theme;
import org.chatroom.ui.internal.views.MessageRow.Style;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each member's name has a colour of its own in the message list (the same in any case of its letters, readable on
 * the list's and a mention's background, in light and dark lists), drawn on the screen; my own lines, notices and
 * history keep their row colours; the preference turns it off.
 */
class NameColoursTest {

    private static final RGB[][] SCHEMES = { { new RGB(0, 0, 0), new RGB(255, 255, 255) },
            { Theme.LIGHT.foreground(), Theme.LIGHT.background() },
            { Theme.DARK.foreground(), Theme.DARK.background() }, { new RGB(238, 238, 236), new RGB(53, 53, 53) },
            { new RGB(20, 20, 20), new RGB(250, 240, 200) } };

    @AfterEach
    void defaults() throws Exception {
        Chat.prefs().remove(LookPreferences.THEME);
        Chat.prefs().remove(LookPreferences.NAME_COLOURS);
        Ui.spin(200);
        Chat.reset();
    }

    @Test
    void namesReadOnEveryBackgroundKeepTheirColourAndSpreadOverTheColours() {
        for (RGB[] scheme : SCHEMES) {
            Palette palette = new Palette(scheme[0], scheme[1]);
            NameColours names = new NameColours(palette);
            RGB mention = palette.background(Style.MENTION);
            Set<RGB> used = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                String name = "member" + i;
                RGB plain = names.of(name, false);
                used.add(plain);
                assertTrue(Palette.contrast(plain, scheme[1]) >= Palette.READABLE, name + " on " + scheme[1]);
                assertTrue(Palette.contrast(names.of(name, true), mention) >= Palette.READABLE,
                        name + " on the mention background " + mention);
                assertNotEquals(scheme[0], plain, name + " has a colour, not the list's text colour");
            }
            assertEquals(NameColours.count(), used.size(), "200 names use every colour on " + scheme[1]);
            assertEquals(names.of("Bob", false), names.of("bOB", false), "case does not change the colour");
            for (RGB a : used) {
                for (RGB b : used) {
                    assertTrue(a == b || Ui.distance(a, b) >= 45, a + " and " + b + " are told apart on " + scheme[1]);
                }
            }
        }
    }

    @Test
    void theListsShowEachNameInItsColourInBothThemesUntilTurnedOff() throws Exception {
        int port = Chat.host("painter");
        String me = Services.require(ChatClient.class, null).nickname();
        Table table = Ui.messages();
        try (RawMember carol = RawMember.join(port, "carol", Ui::until)) {
            Ui.until("carol in the member list", () -> Members.names().contains("carol"),
                    () -> Members.names().toString());
            showNamesInColour(me, table);
        }
    }

    private static void showNamesInColour(String me, Table table) {
        for (Theme theme : new Theme[] { Theme.LIGHT, Theme.DARK }) {
            Chat.prefs().put(LookPreferences.THEME, theme.name());
            Ui.until(theme + " colours on the list", () -> table.getBackground().getRGB().equals(theme.background()),
                    () -> table.getBackground().toString());
            String tag = theme.name().toLowerCase();
            Instant now = Instant.now();
            Feed.bridge().events(List.of(new ChatEvent(Kind.MESSAGE, now, "carol", "", "plain " + tag),
                    new ChatEvent(Kind.MESSAGE, now, "Dave", "", "hey " + me + " mention " + tag),
                    new ChatEvent(Kind.ACTION, now, "erin", "", "waves " + tag),
                    new ChatEvent(Kind.MESSAGE, now, me, "", "own " + tag)));
            Ui.awaitRow("own " + tag);
            NameColours names = new NameColours(new Palette(theme.foreground(), theme.background()));
            assertDrawn(table, "plain " + tag, names.of("carol", false));
            assertDrawn(table, "mention " + tag, names.of("dave", true));
            TableItem own = table.getItem(Ui.lastRowContaining("own " + tag, 10));
            assertEquals(own.getForeground(), own.getForeground(1), "my own line keeps its row colour");
            TableItem action = table.getItem(Ui.lastRowContaining("erin waves " + tag, 10));
            assertEquals(action.getForeground(), action.getForeground(1), "an action's * has no name's colour");
            // the member list: the same colours, mine that of my lines
            Ui.until("carol in her colour in the member list", () -> Members.item("carol").getForeground().getRGB()
                    .equals(names.of("carol", false)), () -> Members.item("carol").getForeground().toString());
            assertEquals(own.getForeground().getRGB(), Members.item(me).getForeground().getRGB(), "mine as my lines");
        }
        Chat.prefs().putBoolean(LookPreferences.NAME_COLOURS, false);
        Ui.until("names in the list's colour", () -> {
            TableItem item = table.getItem(Ui.lastRowContaining("plain dark", 10));
            return item.getForeground(1).equals(item.getForeground());
        }, () -> "still " + table.getItem(Ui.lastRowContaining("plain dark", 10)).getForeground(1));
        TableItem plain = table.getItem(Ui.lastRowContaining("plain dark", 10));
        table.showItem(plain);
        Ui.spin(100);
        RGB carol = new NameColours(new Palette(Theme.DARK.foreground(), Theme.DARK.background())).of("carol", false);
        assertEquals(0, Ui.pixelsOf(Ui.pixels(table, plain.getBounds(1)), carol, 40), "no pixel of carol's colour");
        Ui.until("carol in the list's colour in the member list", () -> Members.item("carol").getForeground()
                .equals(Members.table().getForeground()), () -> Members.item("carol").getForeground().toString());
    }

    /** The sender cell of the last row saying {@code text} has {@code colour} and shows it on the screen. */
    private static void assertDrawn(Table table, String text, RGB colour) {
        TableItem item = table.getItem(Ui.lastRowContaining(text, 10));
        assertEquals(colour, item.getForeground(1).getRGB(), "the sender's colour on '" + text + "'");
        table.showItem(item);
        Ui.spin(100);
        int coloured = Ui.pixelsOf(Ui.pixels(table, item.getBounds(1)), colour, 40);
        assertTrue(coloured >= 10, "'" + text + "': the name is drawn in " + colour + " (" + coloured + " pixels)");
    }
}
