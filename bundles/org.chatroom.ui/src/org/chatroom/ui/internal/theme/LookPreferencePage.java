package org.chatroom.ui.internal.theme;

import org.chatroom.ui.internal.prefs.PageTreeWidth;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Chatroom > Appearance and Notifications: the theme and text size of the chat views, names in colour, and when to
 * notify.
 */
public final class LookPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.chatroom.ui.preferences.look";

    public LookPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, LookPreferences.NODE));
        setDescription(ThemeTexts.pageDescription);
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }

    @Override
    protected Control createContents(Composite parent) {
        PageTreeWidth.fit(getContainer());
        return super.createContents(parent);
    }

    /** @return each text size as the combo shows it ("125 %", "100 % (normal)") and keeps it ("125") */
    private static String[][] sizes() {
        int[] steps = TextSize.steps();
        String[][] entries = new String[steps.length][];
        for (int i = 0; i < steps.length; i++) {
            String shown = NLS.bind(steps[i] == TextSize.NORMAL ? ThemeTexts.textSizeNormal : ThemeTexts.textSizeStep,
                    steps[i]);
            entries[i] = new String[] { shown, Integer.toString(steps[i]) };
        }
        return entries;
    }

    @Override
    protected void createFieldEditors() {
        addField(new RadioGroupFieldEditor(LookPreferences.THEME, ThemeTexts.theme, 1, new String[][] {
                { ThemeTexts.themeSystem, Theme.SYSTEM.name() },
                { ThemeTexts.themeLight, Theme.LIGHT.name() },
                { ThemeTexts.themeDark, Theme.DARK.name() } }, getFieldEditorParent(), true));
        addField(new ComboFieldEditor(LookPreferences.TEXT_SIZE, ThemeTexts.textSize, sizes(),
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(LookPreferences.NAME_COLOURS, ThemeTexts.nameColours,
                getFieldEditorParent()));
        addField(new RadioGroupFieldEditor(LookPreferences.NOTIFY, ThemeTexts.notify, 1, new String[][] {
                { ThemeTexts.notifyAll, LookPreferences.NOTIFY_ALL },
                { ThemeTexts.notifyMentions, LookPreferences.NOTIFY_MENTIONS },
                { ThemeTexts.notifyOff, LookPreferences.NOTIFY_OFF } }, getFieldEditorParent(), true));
    }
}
