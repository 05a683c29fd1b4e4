package org.chatroom.ui.internal.views;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.chatroom.ui.internal.theme.ChatFont;
import org.chatroom.ui.internal.theme.LookPreferences;
import org.chatroom.ui.internal.theme.NameColours;
import org.chatroom.ui.internal.theme.Palette;
import org.chatroom.ui.internal.views.MessageRow.Style;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Styles table items by their row's style with colours derived from the table's current colours (see
 * {@link Palette}), gives the sender of a plain row or a mention the colour of their name ({@link NameColours}, unless
 * the preferences say otherwise), and gives the links' colour; derived again whenever the table's colours change
 * (theme switch).
 */
final class RowColours {

    /** The column of the rows' sender. */
    static final int SENDER_COLUMN = 1;

    private final Table table;
    private final Map<Style, Color> foregrounds = new EnumMap<>(Style.class);
    private final Map<Style, Color> backgrounds = new EnumMap<>(Style.class);
    private final Map<RGB, Color> names = new HashMap<>();
    private NameColours nameColours;
    private Color link;
    /** The links of rows with a background of their own (a mention's): readable on it too. */
    private final Map<Style, Color> links = new EnumMap<>(Style.class);
    private RGB derivedFg;
    private RGB derivedBg;

    RowColours(Table table) {
        this.table = table;
    }

    /** Styles {@code item}, a line of {@code row}: its first line names the sender in the sender column. */
    void apply(TableItem item, MessageRow row, boolean first) {
        refresh();
        Style style = row.style();
        item.setForeground(style == Style.NORMAL ? null : foregrounds.get(style));
        item.setBackground(backgrounds.get(style));
        item.setFont(font(style));
        boolean named = first && !row.from().isEmpty() && !row.from().equals(RowFormatter.ACTION)
                && (style == Style.NORMAL || style == Style.MENTION);
        item.setForeground(SENDER_COLUMN,
                named && LookPreferences.nameColours() ? name(row.from(), style == Style.MENTION) : null);
    }

    /** Whether the sender cell of {@code item} has a colour of its own (which GTK would not draw). */
    static boolean senderColoured(TableItem item) {
        return !item.getForeground(SENDER_COLUMN).equals(item.getForeground());
    }

    private Color name(String sender, boolean mention) {
        return names.computeIfAbsent(nameColours.of(sender, mention), Color::new);
    }

    /** The colour links are drawn in, outside the selection. */
    Color link() {
        refresh();
        return link;
    }

    /**
     * The colour links are drawn in, outside the selection, in a row of {@code style}: on a mention's background too
     * (the dark theme's blue on its olive could hardly be read).
     */
    Color link(Style style) {
        refresh();
        return links.getOrDefault(style, link);
    }

    /** @return the font of rows of {@code style}; null: the list's own */
    static Font font(Style style) {
        return switch (style) {
            case MENTION, MARKER -> ChatFont.bold();
            case NOTICE -> ChatFont.italic();
            default -> null;
        };
    }

    private void refresh() {
        RGB fg = table.getForeground().getRGB();
        RGB bg = table.getBackground().getRGB();
        if (fg.equals(derivedFg) && bg.equals(derivedBg)) {
            return;
        }
        derivedFg = fg;
        derivedBg = bg;
        Palette palette = new Palette(fg, bg);
        link = new Color(palette.link());
        nameColours = new NameColours(palette);
        names.clear();
        foregrounds.clear();
        backgrounds.clear();
        links.clear();
        for (Style style : Style.values()) {
            foregrounds.put(style, new Color(palette.foreground(style)));
            RGB background = palette.background(style);
            if (background != null) {
                backgrounds.put(style, new Color(background));
                links.put(style, new Color(palette.readable(palette.link(), background)));
            }
        }
    }
}
