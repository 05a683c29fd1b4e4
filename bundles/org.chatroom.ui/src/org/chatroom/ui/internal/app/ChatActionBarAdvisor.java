package org.chatroom.ui.internal.app;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** Menus and tool bar come from plugin.xml; this adds the connection state to the status line. */
final class ChatActionBarAdvisor extends ActionBarAdvisor {

    private final IActionBarConfigurer configurer;

    ChatActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
        this.configurer = configurer;
    }

    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        IEclipseContext context = configurer.getWindowConfigurer().getWindow().getService(IEclipseContext.class);
        statusLine.add(new ConnectionStatusItem(context));
    }
}
