package org.chatroom.ui.internal.app;

import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.bindings.keys.formatting.IKeyFormatter;
import org.eclipse.jface.bindings.keys.formatting.KeyFormatterFactory;
import org.eclipse.swt.SWT;

/**
 * Key names a GTK menu can show. SWT on GTK draws the key of a menu item only when it knows each name in it, and it
 * knows "Page Down" and "Page Up" where JFace writes "PageDown" and "PageUp": View > Next Room and Previous Room
 * showed no key at all (seen in the product; their Ctrl+Page Down and Ctrl+Page Up work). Formats as JFace does,
 * with those two names as SWT reads them.
 */
final class MenuKeyNames implements IKeyFormatter {

    private final IKeyFormatter formatter;

    private MenuKeyNames(IKeyFormatter formatter) {
        this.formatter = formatter;
    }

    /**
     * On GTK, once the workbench's renderer has set its own formatter (it does as it starts): the key names of every
     * menu, tooltip and hint from then on (a menu writes its items' keys each time it shows).
     */
    static void install() {
        if ("gtk".equals(SWT.getPlatform()) && !(KeyFormatterFactory.getDefault() instanceof MenuKeyNames)) {
            KeyFormatterFactory.setDefault(new MenuKeyNames(KeyFormatterFactory.getDefault()));
        }
    }

    @Override
    public String format(int key) {
        return named(formatter.format(key));
    }

    @Override
    public String format(KeySequence keySequence) {
        return named(formatter.format(keySequence));
    }

    @Override
    public String format(KeyStroke keyStroke) {
        return named(formatter.format(keyStroke));
    }

    static String named(String formatted) {
        return formatted.replace("PageDown", "Page Down").replace("PageUp", "Page Up");
    }
}
