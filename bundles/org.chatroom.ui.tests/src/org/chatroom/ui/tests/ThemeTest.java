package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatroom.testing.Services;
import java.time.Instant;
import java.util.List;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ChatClient;
import org.chatroom.ui.internal.theme.LookPreferences;
import org.chatroom.ui.internal.theme.Palette;
import org.chatroom.ui.internal.theme.Theme;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Defect 5: every row style reads on the list's background, in the system theme and in the light and dark ones
 * chosen in the preferences (the colours follow the list's, so GTK_THEME=Adwaita:dark gets the same treatment).
 */
class ThemeTest {

    @BeforeEach
    void named() throws Exception {
        Chat.host("painter");
    }

    @AfterEach
    void systemTheme() throws Exception {
        Chat.prefs().remove(LookPreferences.THEME);
        Ui.spin(200);
        Chat.reset();
    }

    @Test
    void everyRowStyleIsReadableInTheSystemLightAndDarkThemes() {
        String me = Services.require(ChatClient.class, null).nickname();
        for (Theme theme : Theme.values()) {
            Chat.prefs().put(LookPreferences.THEME, theme.name());
            Table table = Ui.messages();
            if (theme.background() != null) {
                Ui.until(theme + " colours on the list", () -> table.getBackground().getRGB()
                        .equals(theme.background()), () -> table.getBackground().toString());
            }
            String tag = " " + theme.name().toLowerCase();
            Instant now = Instant.now();
            Feed.bridge().events(List.of(new ChatEvent(Kind.MESSAGE, now, "carol", "", "plain" + tag),
                    new ChatEvent(Kind.MESSAGE, now, me, "", "own" + tag),
                    new ChatEvent(Kind.MESSAGE, now, "carol", "", "hey " + me + " mention" + tag),
                    new ChatEvent(Kind.MESSAGE, now, "carol", "", me + ": see https://example.org/linked" + tag),
                    new ChatEvent(Kind.ERROR, now, "", "", "error" + tag),
                    new ChatEvent(Kind.JOIN, now, "zed" + theme.ordinal(), "", "")));
            Ui.awaitRow("error" + tag);
            for (String text : new String[] { "plain" + tag, "own" + tag, "mention" + tag,
                    "error" + tag, "zed" + theme.ordinal() }) {
                TableItem item = table.getItem(Ui.lastRowContaining(text, 10));
                double contrast = Palette.contrast(item.getForeground().getRGB(), item.getBackground().getRGB());
                assertTrue(contrast >= Palette.READABLE, theme + ": row '" + text + "' has contrast " + contrast
                        + " (" + item.getForeground() + " on " + item.getBackground() + ")");
            }
            // a link in a mention is drawn readable on the mention's background (dark: blue on olive, hardly read)
            TableItem linked = table.getItem(Ui.lastRowContaining("linked" + tag, 10));
            Palette palette = new Palette(table.getForeground().getRGB(), table.getBackground().getRGB());
            RGB link = palette.readable(palette.link(), linked.getBackground().getRGB());
            assertTrue(Palette.contrast(link, linked.getBackground().getRGB()) >= Palette.READABLE,
                    theme + ": " + link);
            table.showItem(linked);
            Ui.spin(100);
            int drawn = Ui.pixelsOf(Ui.pixels(table, linked.getBounds(2)), link, 20);
            assertTrue(drawn >= 10, theme + ": the link is drawn in " + link + " (" + drawn + " pixels)");
            Color plain = table.getItem(Ui.lastRowContaining("plain" + tag, 10)).getForeground();
            for (String apart : new String[] { "own" + tag, "error" + tag }) {
                TableItem item = table.getItem(Ui.lastRowContaining(apart, 10));
                assertTrue(!plain.equals(item.getForeground()), theme + ": '" + apart + "' has a colour of its own");
                // and the screen shows it: SWT on GTK drew every row's text in the list's colour once the list
                // drew its links itself
                table.showItem(item);
                Ui.spin(100);
                int coloured = Ui.pixelsOf(Ui.pixels(table, item.getBounds(2)), item.getForeground().getRGB(), 40);
                assertTrue(coloured >= 10, theme + ": '" + apart + "' is drawn in its colour (" + coloured
                        + " pixels of " + item.getForeground() + ")");
            }
        }
    }

    @Test
    void theDarkThemeDarkensTheViewsAndSystemRestoresThem() {
        Ui.widget(Text.class, WidgetIds.INPUT).setFocus();
        Ui.spin(100);
        Table table = Ui.messages();
        RGB system = table.getBackground().getRGB();
        Chat.prefs().put(LookPreferences.THEME, Theme.DARK.name());
        RGB systemHeader = table.getHeaderBackground().getRGB();
        Chat.prefs().put(LookPreferences.THEME, Theme.DARK.name());
        Ui.until("the dark list", () -> table.getBackground().getRGB().equals(Theme.DARK.background()),
                () -> table.getBackground().toString());
        // the column headers stayed in the system's colours (found by using the product: a dark header over light rows)
        assertEquals(Theme.DARK.background(), table.getHeaderBackground().getRGB(), "the headers darken too");
        assertEquals(Theme.DARK.foreground(), table.getHeaderForeground().getRGB(), "the headers' text too");
        // the input line, the cursor in it, darkens at once too (found by using the product: it stayed white)
        Text input = Ui.widget(Text.class, WidgetIds.INPUT);
        Ui.until("the dark input line, as drawn", () -> dark(input), () -> input.getBackground().toString());
        Chat.prefs().put(LookPreferences.THEME, Theme.SYSTEM.name());
        Ui.until("the system's list again", () -> table.getBackground().getRGB().equals(system),
                () -> table.getBackground().toString());
        assertEquals(system, table.getBackground().getRGB());
        assertEquals(systemHeader, table.getHeaderBackground().getRGB(), "the system's headers again");
    }

    /** Whether {@code text}'s middle row, as drawn on the screen, is mostly the dark theme's background. */
    private static boolean dark(Text text) {
        Rectangle bounds = text.getBounds();
        ImageData row = Ui.pixels(text.getParent(), new Rectangle(bounds.x + bounds.width / 2, bounds.y + 3,
                bounds.width / 2 - 4, 1));
        return Ui.pixelsOf(row, Theme.DARK.background(), 24) > row.width / 2;
    }
}
