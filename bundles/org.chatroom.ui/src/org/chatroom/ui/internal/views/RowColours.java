package org.chatroom.ui.internal.views;

import java.util.EnumMap;
import java.util.Map;

import org.chatroom.ui.internal.theme.ChatFont;
import org.chatroom.ui.internal.theme.Palette;
import org.chatroom.ui.internal.views.MessageRow.Style;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Styles table items by their row's style with colours derived from the table's current colours (see
 * {@link Palette}), and gives the links' colour; derived again whenever the table's colours change (theme switch).
 */
final class RowColours {

    private final Table table;
    private final Map<Style, Color> foregrounds = new EnumMap<>(Style.class);
    private final Map<Style, Color> backgrounds = new EnumMap<>(Style.class);
    private Color link;
    private RGB derivedFg;
    private RGB derivedBg;

    RowColours(Table table) {
        this.table = table;
    }

    void apply(TableItem item, Style style) {
        refresh();
        item.setForeground(style == Style.NORMAL ? null : foregrounds.get(style));
        item.setBackground(backgrounds.get(style));
        item.setFont(font(style));
    }

    /** The colour links are drawn in, outside the selection. */
    Color link() {
        refresh();
        return link;
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
        foregrounds.clear();
        backgrounds.clear();
        for (Style style : Style.values()) {
            foregrounds.put(style, new Color(palette.foreground(style)));
            RGB background = palette.background(style);
            if (background != null) {
                backgrounds.put(style, new Color(background));
            }
        }
    }
}
