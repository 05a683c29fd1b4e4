package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.chatroom.testing.RawMember;
import org.chatroom.testing.OriginalServer;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The desktop client against the seed's original Python server on another port, set through the preference page:
 * it joins, shows what an original member says and reaches them.
 */
class OriginalServerTest {

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void chatInTheOriginalRoomSetInThePreferences() throws Exception {
        try (OriginalServer server = OriginalServer.start()) {
            PreferenceDialog dialog = PreferencesDialogs.open();
            PreferencesDialogs.set(dialog, Messages.prefHost, "127.0.0.1");
            PreferencesDialogs.set(dialog, Messages.prefPort, String.valueOf(server.port()));
            PreferencesDialogs.set(dialog, Messages.prefNickname, "uma");
            PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);

            Ui.command(Chat.CONNECT_COMMAND);
            Ui.until("connected to the original room", () -> Ui.status().startsWith(Messages.stateConnected),
                    Ui::status);
            try (RawMember vic = RawMember.join(server.port(), "vic", Ui::until)) {
                vic.send("ciao uma");
                Ui.awaitRow("ciao uma");
                Ui.typeAndEnter("ciao vic");
                Ui.until("vic to get my message", () -> vic.saw("uma: ciao vic"), vic::received);
                assertEquals("", Ui.widget(Text.class, WidgetIds.INPUT).getText());
            }
        }
    }
}
