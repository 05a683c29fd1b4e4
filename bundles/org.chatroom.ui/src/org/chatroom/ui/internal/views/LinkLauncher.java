package org.chatroom.ui.internal.views;

import org.eclipse.swt.program.Program;

/**
 * Opens a link. The views take it from their e4 context when one is set there (tests record the address instead
 * of starting a browser), else use {@link #SYSTEM}, the desktop's browser.
 */
@FunctionalInterface
public interface LinkLauncher {

    LinkLauncher SYSTEM = Program::launch;

    /** @return whether the desktop accepted the address */
    boolean open(String url);
}
