package org.chatroom.ui.internal.theme;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * View > Larger Text, Smaller Text and Normal Text Size: the chat views' text one {@link TextSize} step larger or
 * smaller, or back to the system's, kept in the preferences (the views follow them at once, and the next start
 * too). plugin.xml names the step: {@code TextSizeHandler:larger}, {@code :smaller} or {@code :normal}.
 */
public final class TextSizeHandler extends AbstractHandler implements IExecutableExtension {

    private final IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(LookPreferences.NODE);
    /** The menu shows Larger Text disabled at the largest size, and so on: told when the size changes. */
    private final IPreferenceChangeListener sizeChanged = event -> {
        if (LookPreferences.TEXT_SIZE.equals(event.getKey())) {
            fireHandlerChanged(new HandlerEvent(this, true, false));
        }
    };
    private String step = "normal";

    public TextSizeHandler() {
        prefs.addPreferenceChangeListener(sizeChanged);
    }

    @Override
    public void dispose() {
        prefs.removePreferenceChangeListener(sizeChanged);
        super.dispose();
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        step = String.valueOf(data);
    }

    @Override
    public boolean isEnabled() {
        return next(LookPreferences.textSize()) != LookPreferences.textSize();
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        int next = next(LookPreferences.textSize());
        if (next == TextSize.NORMAL) {
            prefs.remove(LookPreferences.TEXT_SIZE);
        } else {
            prefs.putInt(LookPreferences.TEXT_SIZE, next);
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            throw new ExecutionException("Cannot keep the text size " + next + " % in the preferences", e);
        }
        return null;
    }

    private int next(int now) {
        return switch (step) {
            case "larger" -> TextSize.larger(now);
            case "smaller" -> TextSize.smaller(now);
            default -> TextSize.NORMAL;
        };
    }
}
