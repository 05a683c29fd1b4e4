package org.chatroom.ui.internal.app;

import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.handlers.FocusInputHandler;
import org.chatroom.ui.internal.handlers.RoomStarter;
import org.chatroom.ui.internal.handlers.StartHint;
import org.chatroom.ui.internal.prefs.HostChoice;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.rooms.RoomPasswordPrompt;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;

/**
 * Opens the chat perspective in a window titled with the product name; connects at start when asked to, else says
 * how to get into a room; asks before quitting closes a hosted room others are in ({@link QuitCheck}).
 */
final class ChatWorkbenchAdvisor extends WorkbenchAdvisor {

    static final String CONNECT_COMMAND = "org.chatroom.ui.command.connect";
    /** The application tag that turns the workbench's min-max add-on off ({@code MinMaxAddon}'s own constant). */
    static final String NO_MIN_MAX = "DisableMinMaxAddon";

    private final boolean hostOnStart;

    ChatWorkbenchAdvisor(boolean hostOnStart) {
        this.hostOnStart = hostOnStart;
    }

    /**
     * The views have no minimize and maximize buttons (the workbench's min-max add-on is off for this application):
     * the layout is fixed, a minimized view went to a trim bar few would look for, and at 800 pixels the buttons left
     * the member list's tab too little room for its title ("Members..." for "Members (3)").
     */
    @Override
    public void preStartup() {
        List<String> tags = PlatformUI.getWorkbench().getService(MApplication.class).getTags();
        if (!tags.contains(NO_MIN_MAX)) {
            tags.add(NO_MIN_MAX);
        }
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
            public void postWindowCreate() {
                WindowPlace.install(getWindowConfigurer().getWindow().getShell()); // before it opens: no jump
            }

            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
                return new ChatActionBarAdvisor(actionBars);
            }

            @Override
            public void postWindowOpen() {
                MenuKeyNames.install(); // over the formatter the workbench's renderer set: key names GTK shows
                FocusInputHandler.focus(getWindowConfigurer().getWindow()); // the user can type at once
                IWorkbenchWindow window = getWindowConfigurer().getWindow();
                TitleUpdater.install(getWindowConfigurer());
                InputRowKeeper.install(window, ChatPerspective.INPUT);
                MembersWidth.install(window);
                NickFollower.install(window.getService(IEclipseContext.class));
                PasswordPrompt.install(window.getService(IEclipseContext.class), window.getShell());
                RoomPasswordPrompt.install(window.getService(IEclipseContext.class), window.getShell());
                if (hostOnStart) {
                    hostWithLastChoice(window);
                } else if (ChatPreferences.bool(ChatPreferences.AUTO_CONNECT)) {
                    run(getWindowConfigurer().getWindow(), CONNECT_COMMAND);
                } else { // an empty list says nothing: the two ways into a room, with their keys
                    window.getService(IEclipseContext.class).get(IEventBroker.class).post(Topics.START_HINT,
                            StartHint.lines(window.getService(IBindingService.class)));
                }
            }
        };
    }

    /** Before the window closes and the room with it: asks first while others are in the room this desktop hosts. */
    @Override
    public boolean preShutdown() {
        IWorkbenchWindow[] windows = getWorkbenchConfigurer().getWorkbench().getWorkbenchWindows();
        if (windows.length == 0) {
            return true;
        }
        IEclipseContext context = windows[0].getService(IEclipseContext.class);
        Shell shell = windows[0].getShell();
        return QuitCheck.mayQuit(context.get(RoomHost.class), context.get(ChatClient.class),
                question -> QuitCheck.ask(shell, question));
    }

    /** {@code -hostRoom}: hosts with the choice made last time in the Host Room dialog, without asking. */
    private static void hostWithLastChoice(IWorkbenchWindow window) {
        IEclipseContext context = window.getService(IEclipseContext.class);
        ChatClient client = context.get(ChatClient.class);
        RoomHost room = context.get(RoomHost.class);
        IEventBroker broker = context.get(IEventBroker.class);
        if (client != null && room != null) {
            new RoomStarter(client, room, broker, context.get(MApplication.class)).start(HostChoice.fromPreferences());
        } else { // as the Host Room command says it: the user asked to host, and is told why nothing happens
            broker.post(Topics.NOTICE, client == null ? Messages.noClient : Messages.noRoomHost);
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
