package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chatroom.ui.internal.theme.ChatFont;
import org.chatroom.ui.internal.theme.LookPreferencePage;
import org.chatroom.ui.internal.theme.LookPreferences;
import org.chatroom.ui.internal.theme.Palette;
import org.chatroom.ui.internal.theme.Theme;
import org.chatroom.ui.internal.theme.ThemeTexts;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * View > Larger Text, Smaller Text and Normal Text Size (Ctrl+=, Ctrl+-, Ctrl+0): the chat views' text in steps from
 * 80 to 200 %, kept for the next start; and the chosen look (theme and size) on a room's tab opened later.
 */
class TextSizeTest {

    static final String LARGER = "org.chatroom.ui.command.largerText";
    static final String SMALLER = "org.chatroom.ui.command.smallerText";
    static final String NORMAL = "org.chatroom.ui.command.normalText";

    @BeforeEach
    void atTheWindow() {
        Rooms.focusWindow();
    }

    @AfterEach
    void normalAgain() throws Exception {
        Chat.reset(); // forgets the text size and the theme too (the same preference node)
        Rooms.showDefault();
        Table table = Ui.messages();
        Ui.until("the list in the normal text size again",
                () -> height(table.getFont()) == height(JFaceResources.getDefaultFont()),
                () -> table.getFont().toString());
    }

    @Test
    void largerTextMakesTheRowsTheSenderColumnAndTheMessageFieldLarger() throws Exception {
        Rooms.host("ada");
        Feed.bridge().events(List.of(Feed.said("bartholomew", "a name wider than ada's")));
        Ui.awaitRow("a name wider than");
        Table table = Ui.messages();
        Text input = Ui.widget(Text.class, WidgetIds.INPUT);
        Button send = Ui.widget(Button.class, WidgetIds.SEND);
        int fontHeight = height(table.getFont());
        int rowHeight = table.getItemHeight();
        int senderWidth = table.getColumn(1).getWidth();
        int inputHeight = input.getSize().y;

        for (int step : new int[] { 110, 125, 150, 175, 200 }) {
            Ui.command(LARGER);
            assertEquals(step, LookPreferences.textSize(), "one step larger");
        }
        Ui.until("the list's text twice as large", () -> height(table.getFont()) >= fontHeight * 1.9,
                () -> fontHeight + " -> " + height(table.getFont()));
        Ui.until("rows taller than before", () -> table.getItemHeight() >= rowHeight * 1.5,
                () -> rowHeight + " -> " + table.getItemHeight());
        assertTrue(table.getItemHeight() >= lineHeight(table, table.getFont()),
                "a row holds a line of the larger text: " + table.getItemHeight());
        Ui.until("a sender column as wide as the longest name needs in larger bold",
                () -> table.getColumn(1).getWidth() > senderWidth
                        && table.getColumn(1).getWidth() >= width(table, ChatFont.bold(), "bartholomew"),
                () -> senderWidth + " -> " + table.getColumn(1).getWidth());
        // GTK measures a field in a new font only at a later frame; the row follows (a field laid out in the old
        // size cut the descenders of the larger text)
        Ui.until("a message field as tall as GTK measures it in the larger text, and a line of it",
                () -> input.getSize().y >= input.computeSize(SWT.DEFAULT, SWT.DEFAULT).y
                        && input.getSize().y >= lineHeight(input, input.getFont()),
                () -> inputHeight + " -> " + input.getSize().y + " (measured " + input.computeSize(SWT.DEFAULT,
                        SWT.DEFAULT).y + ", a line " + lineHeight(input, input.getFont()) + ")");
        assertEquals(height(table.getFont()), height(input.getFont()), "the field's text as large as the list's");
        Point wanted = send.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        assertTrue(send.getSize().x >= wanted.x && send.getSize().y >= wanted.y,
                "Send shows its whole label: " + send.getSize() + " for " + wanted);
        int notice = Ui.lastRowContaining("Joined the room", 50);
        Font noticeFont = table.getItem(notice).getFont();
        assertEquals(height(table.getFont()), height(noticeFont), "an italic notice in the larger text too");
        assertTrue((noticeFont.getFontData()[0].getStyle() & SWT.ITALIC) != 0, "still italic");
        assertEquals(height(table.getFont()),
                height(Members.table().getFont()),
                "the member list in the larger text");

        Ui.command(NORMAL);
        Ui.until("the normal size again", () -> height(table.getFont()) == fontHeight && table.getItemHeight()
                == rowHeight, () -> height(table.getFont()) + " " + table.getItemHeight());
        Ui.until("the sender column back to its width", () -> table.getColumn(1).getWidth() == senderWidth,
                () -> senderWidth + " <- " + table.getColumn(1).getWidth());
    }

    @Test
    void theKeysStepTheSizeItStopsAtEitherEndAndIsKeptForTheNextStart() throws Exception {
        Text input = Ui.widget(Text.class, WidgetIds.INPUT);
        input.setFocus();
        Ui.until("the cursor in the message field", () -> Ui.display().getFocusControl() == input,
                () -> String.valueOf(Ui.display().getFocusControl()));
        Pointer.press("ctrl+equal");
        Ui.until("Ctrl+= to make the text larger", () -> LookPreferences.textSize() == 110,
                () -> LookPreferences.textSize() + ", the focus on " + Ui.display().getFocusControl()
                        + " in " + Ui.display().getActiveShell());
        Pointer.press("ctrl+minus");
        Pointer.press("ctrl+minus");
        Ui.until("Ctrl+- twice to make it smaller than normal", () -> LookPreferences.textSize() == 90,
                () -> "" + LookPreferences.textSize());
        Pointer.press("ctrl+0");
        Ui.until("Ctrl+0 to make it normal", () -> LookPreferences.textSize() == 100,
                () -> "" + LookPreferences.textSize());
        assertNull(Chat.prefs().get(LookPreferences.TEXT_SIZE, null), "normal is the default: nothing stored");

        for (int i = 0; i < 20 && Ui.enabled(LARGER); i++) {
            Ui.command(LARGER);
        }
        assertEquals(200, LookPreferences.textSize(), "the largest step");
        assertFalse(Ui.enabled(LARGER), "no larger at the largest");
        assertTrue(Ui.enabled(SMALLER) && Ui.enabled(NORMAL));
        Path stored = Path.of(Platform.getInstanceLocation().getURL().getPath(), ".metadata", ".plugins",
                "org.eclipse.core.runtime", ".settings", LookPreferences.NODE + ".prefs");
        assertTrue(Files.readString(stored).contains(LookPreferences.TEXT_SIZE + "=200"),
                "on disk at once, for the next start: " + Files.readString(stored));
        for (int i = 0; i < 20 && Ui.enabled(SMALLER); i++) {
            Ui.command(SMALLER);
        }
        assertEquals(80, LookPreferences.textSize(), "the smallest step");
        assertFalse(Ui.enabled(SMALLER), "no smaller at the smallest");
    }

    @Test
    void aRoomsTabOpenedLaterHasTheChosenThemeAndSizeAndItsNameReadsOnTheDarkTab() throws Exception {
        Chat.prefs().put(LookPreferences.THEME, Theme.DARK.name());
        Chat.prefs().putInt(LookPreferences.TEXT_SIZE, 125);
        Rooms.host("ada");
        String later = Rooms.created("later");
        Table table = Rooms.table(later);
        // the tabs of rooms joined after the start stayed light in the dark theme, in the system's text size
        assertEquals(Theme.DARK.background(), table.getBackground().getRGB(), "the later room's list is dark");
        assertEquals(height(ChatFont.regular()), height(table.getFont()), "and in the chosen size");
        assertTrue(height(table.getFont()) > height(JFaceResources.getDefaultFont()));

        CTabFolder folder = Rooms.folder();
        Ui.until("the later room shown", () -> folder.getSelection() == Rooms.tab(later),
                () -> Rooms.labels().toString());
        Ui.spin(200);
        Rectangle tab = folder.getSelection().getBounds();
        // inside the tab's outline, left of its close button: the name on the tab's background
        ImageData pixels = Ui.pixels(folder, new Rectangle(tab.x + 3, tab.y + 3, tab.width * 3 / 5, tab.height - 6));
        Map<RGB, Integer> counts = new HashMap<>();
        for (int y = 0; y < pixels.height; y++) {
            for (int x = 0; x < pixels.width; x++) {
                counts.merge(pixels.palette.getRGB(pixels.getPixel(x, y)), 1, Integer::sum);
            }
        }
        RGB background = Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
        double best = counts.keySet().stream().mapToDouble(ink -> Palette.contrast(ink, background)).max()
                .orElse(1);
        // the selected tab's name was drawn black on the dark tab
        assertTrue(best >= Palette.READABLE, "the shown room's name reads on its tab: contrast " + best
                + " on " + background);
    }

    @Test
    void theAppearancePageOffersTheSizesAndTheViewsTakeTheOneChosen() {
        Table table = Ui.messages();
        int normal = height(table.getFont());
        PreferenceDialog dialog = PreferencesDialogs.open(LookPreferencePage.ID);
        try {
            PreferencesDialogs.choose(dialog, ThemeTexts.textSize, "150 %");
        } finally {
            PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);
        }
        assertEquals(150, LookPreferences.textSize());
        Ui.until("the list in the size chosen", () -> height(table.getFont()) == Math.round(normal * 1.5f),
                () -> normal + " -> " + height(table.getFont()));
        dialog = PreferencesDialogs.open(LookPreferencePage.ID);
        try {
            PreferencesDialogs.choose(dialog, ThemeTexts.textSize, "100 % (normal)");
        } finally {
            PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);
        }
        Ui.until("the list in the normal size", () -> height(table.getFont()) == normal,
                () -> normal + " <- " + height(table.getFont()));
    }

    private static int height(Font font) {
        return font.getFontData()[0].getHeight();
    }

    private static int lineHeight(Control control, Font font) {
        GC gc = new GC(control);
        try {
            gc.setFont(font);
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }

    private static int width(Table table, Font font, String text) {
        GC gc = new GC(table);
        try {
            gc.setFont(font);
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }
}
