package org.chatroom.ui.internal.app;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.handlers.IHandlerService;

/** Opens the chat perspective in a window titled with the product name; connects at start when asked to. */
final class ChatWorkbenchAdvisor extends WorkbenchAdvisor {

    static final String CONNECT_COMMAND = "org.chatroom.ui.command.connect";
    static final String HOST_COMMAND = "org.chatroom.ui.command.hostRoom";

    private final boolean hostOnStart;

    ChatWorkbenchAdvisor(boolean hostOnStart) {
        this.hostOnStart = hostOnStart;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return ChatPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer window = getWindowConfigurer();
                window.setShowStatusLine(true);
                window.setShowCoolBar(true);
                window.setTitle(Messages.windowTitle);
            }

            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
                return new ChatActionBarAdvisor(actionBars);
            }

            @Override
            public void postWindowOpen() {
                focusInput(getWindowConfigurer().getWindow());
                if (hostOnStart) {
                    run(getWindowConfigurer().getWindow(), HOST_COMMAND);
                } else if (ChatPreferences.bool(ChatPreferences.AUTO_CONNECT)) {
                    run(getWindowConfigurer().getWindow(), CONNECT_COMMAND);
                }
            }
        };
    }

    /** The cursor starts in the input field: the user can type at once. */
    private static void focusInput(IWorkbenchWindow window) {
        try {
            window.getActivePage().showView(ChatPerspective.INPUT);
        } catch (PartInitException e) {
            throw new IllegalStateException(ChatPerspective.INPUT, e);
        }
    }

    private static void run(IWorkbenchWindow window, String command) {
        try {
            window.getService(IHandlerService.class).executeCommand(command, null);
        } catch (NotDefinedException | org.eclipse.core.commands.ExecutionException
                | org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.NotHandledException e) {
            throw new IllegalStateException(command, e);
        }
    }
}
