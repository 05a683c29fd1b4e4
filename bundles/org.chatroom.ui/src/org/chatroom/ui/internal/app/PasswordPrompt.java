package org.chatroom.ui.internal.app;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.ui.internal.bridge.JoinedRoom;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.dialogs.PasswordDialog;
import org.chatroom.ui.internal.handlers.ConnectHandler;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.Secrets;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;

/**
 * When the remote room refuses the connection for its password (none set, or a wrong one), asks for it instead of
 * leaving the user to find the field in the preferences, and connects again with it; remembered in secure storage
 * when the user leaves that ticked. The hosted room's password is the host's own: no prompt for it.
 */
final class PasswordPrompt {

    private PasswordPrompt() {
    }

    static void install(IEclipseContext context, Shell shell) {
        IEventBroker broker = context.get(IEventBroker.class);
        broker.subscribe(Topics.PASSWORD_REFUSED, event -> {
            ChatClient client = context.get(ChatClient.class);
            if (client == null || shell.isDisposed() || context.get(JoinedRoom.class) != JoinedRoom.REMOTE) {
                return;
            }
            ClientSettings settings;
            try {
                settings = ChatPreferences.remoteRoom();
            } catch (IllegalArgumentException e) {
                return; // the connection's settings changed meanwhile and are not valid: the list says why
            }
            String where = settings.host() + ":" + settings.port();
            boolean wrong = Boolean.TRUE.equals(event.getProperty(Topics.DATA));
            Object said = event.getProperty(Topics.DETAIL);
            new PasswordDialog(shell, where, wrong, said == null ? "" : said.toString(), (password, remember) -> {
                if (remember) {
                    Secrets.put(ChatPreferences.PASSWORD, password);
                }
                ConnectHandler.connect(client, broker, context.get(MApplication.class),
                        settings.withPassword(password));
            }).open();
        });
    }
}
