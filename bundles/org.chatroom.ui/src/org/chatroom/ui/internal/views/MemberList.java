package org.chatroom.ui.internal.views;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.chatroom.ui.internal.prefs.IgnoredNames;
import org.chatroom.ui.internal.theme.LookPreferences;
import org.chatroom.ui.internal.theme.NameColours;
import org.chatroom.ui.internal.theme.Palette;
import org.chatroom.ui.internal.views.MessageRow.Style;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The members of the room shown, sorted by name: each name in its colour of the message list ({@link NameColours},
 * unless the preferences say otherwise), this user's own in the colour of their own lines and marked "(you)", the
 * members this user ignores dimmed and marked "(ignored)". A virtual table of one column, whose rows keep the names
 * as data ({@link #selected()}), filled again when the theme, the names' colours or the ignored names change; typing
 * a name's first letters selects it.
 */
final class MemberList {

    /** A pause this long in typing starts a new name ({@link #typeAhead}). */
    private static final long TYPE_AHEAD_NANOS = 1_000_000_000L;

    private final Table table;
    private final TableColumn column;
    /** This user's name. */
    private final Supplier<String> me;
    private String[] names = new String[0];
    /** The colours derived from the table's last foreground and background. */
    private RGB derivedFg;
    private RGB derivedBg;
    private Color own;
    private Color ignored;
    private NameColours nameColours;
    /** The letters typed so far in the list, and when the last one was. */
    private String typed = "";
    private long typedAt;

    MemberList(Composite parent, Supplier<String> me) {
        this.me = me;
        table = new Table(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        column = new TableColumn(table, SWT.LEFT);
        table.addListener(SWT.Resize, e -> column.setWidth(Math.max(1, table.getClientArea().width)));
        table.addListener(SWT.SetData, this::fill);
        table.addListener(SWT.KeyDown, this::typeAhead);
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(LookPreferences.NODE);
        IPreferenceChangeListener changed = event -> {
            // the theme and the names' colours clear every table of the view already (LookFollower)
            if (IgnoredNames.KEY.equals(event.getKey()) && !table.isDisposed()) {
                table.getDisplay().asyncExec(this::refill);
            }
        };
        prefs.addPreferenceChangeListener(changed);
        table.addDisposeListener(e -> prefs.removePreferenceChangeListener(changed));
    }

    Table control() {
        return table;
    }

    /** Shows {@code members}, sorted by name without case; the member selected stays selected while present. */
    void show(List<String> members) {
        String kept = selected();
        names = members.stream().sorted(String.CASE_INSENSITIVE_ORDER).toArray(String[]::new);
        table.setItemCount(names.length);
        table.clearAll();
        table.deselectAll();
        for (int i = 0; kept != null && i < names.length; i++) {
            if (names[i].equals(kept)) {
                table.select(i);
            }
        }
    }

    /** @return the name of the member selected, or {@code null} */
    String selected() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= names.length ? null : names[index];
    }

    /** @return whether the member selected is this user */
    boolean selfSelected() {
        String name = selected();
        return name != null && name.equalsIgnoreCase(me.get());
    }

    /**
     * Typing a name's first letters in the list selects the first member whose name starts with them, as in a file
     * list (the table has no search of its own); a pause of a second starts again.
     */
    private void typeAhead(Event event) {
        if (event.character < ' ' || event.character == SWT.DEL || (event.stateMask & (SWT.CTRL | SWT.ALT)) != 0) {
            return;
        }
        long now = System.nanoTime();
        typed = (now - typedAt > TYPE_AHEAD_NANOS ? "" : typed) + Character.toLowerCase(event.character);
        typedAt = now;
        for (int i = 0; i < names.length; i++) {
            if (names[i].toLowerCase(Locale.ROOT).startsWith(typed)) {
                table.setSelection(i);
                table.showSelection();
                event.doit = false;
                return;
            }
        }
    }

    private void refill() {
        if (!table.isDisposed()) {
            table.clearAll();
        }
    }

    private void fill(Event event) {
        TableItem item = (TableItem) event.item;
        int index = event.index;
        if (index < 0 || index >= names.length) {
            return;
        }
        String name = names[index];
        item.setData(name);
        derive();
        if (name.equalsIgnoreCase(me.get())) {
            item.setText(NLS.bind(ViewTexts.memberSelf, name));
            item.setForeground(own);
        } else if (IgnoredNames.ignored(name)) {
            item.setText(NLS.bind(ViewTexts.memberIgnored, name));
            item.setForeground(ignored);
        } else {
            item.setText(name);
            item.setForeground(LookPreferences.nameColours() ? new Color(nameColours.of(name, false)) : null);
        }
    }

    /** Derives the colours from the table's, when they changed (the theme). */
    private void derive() {
        RGB fg = table.getForeground().getRGB();
        RGB bg = table.getBackground().getRGB();
        if (!fg.equals(derivedFg) || !bg.equals(derivedBg)) {
            derivedFg = fg;
            derivedBg = bg;
            Palette palette = new Palette(fg, bg);
            own = new Color(palette.foreground(Style.OWN));
            ignored = new Color(palette.foreground(Style.HISTORY));
            nameColours = new NameColours(palette);
        }
    }
}
