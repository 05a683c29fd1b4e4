package org.chatroom.ui.internal.rooms;

import java.util.List;
import java.util.function.Consumer;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.room.RoomHost;
import org.chatroom.api.room.RoomInfo;
import org.chatroom.ui.internal.bridge.JoinedRoom;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.prefs.KeptRooms;
import org.chatroom.ui.internal.prefs.RoomPasswords;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Chat > Room Password..., while this desktop hosts the room it is in: sets or (empty) removes the password of the
 * room shown, as the server console's {@code password ROOM} does (a leaked password could be changed only by closing
 * the room and its history). The members in the room stay; who joins it from now on needs the new one. The password
 * this desktop keeps for the room follows ({@link RoomPasswords}). The room is told in a job, never on the UI thread;
 * the default room takes the host's password, and the room says so.
 */
public final class RoomPasswordHandler {

    public static final String SHELL = "room.password.change";
    public static final String FIELD = "room.password.new";

    @CanExecute
    public boolean canExecute(@Optional RoomHost host, @Optional ChatClient client, @Optional JoinedRoom joined) {
        return host != null && host.status().hosting() && joined == JoinedRoom.HOSTED && client != null
                && client.state() == ConnectionState.CONNECTED && !client.room().isEmpty();
    }

    @Execute
    public void execute(RoomHost host, ChatClient client, IWorkbenchWindow window, IEventBroker broker) {
        String room = client.room();
        List<RoomInfo> rooms = host.rooms(); // the default room first
        if (!rooms.isEmpty() && RoomTabs.key(rooms.get(0).name()).equals(RoomTabs.key(room))) {
            // said before asking: the room refused the password typed, after it was typed
            broker.post(Topics.NOTICE, NLS.bind(RoomTexts.passwordDefaultRoom, room));
            return;
        }
        boolean hasPassword = rooms.stream().anyMatch(info -> RoomTabs.key(info.name()).equals(RoomTabs.key(room))
                && info.password());
        Consumer<String> apply = password -> Job.create(RoomTexts.passwordTitle, monitor -> {
            String refusal = change(host, room, password);
            if (refusal != null) {
                broker.post(Topics.NOTICE, refusal);
            }
            return Status.OK_STATUS;
        }).schedule();
        new PasswordInput(window.getShell(), room, hasPassword, apply).open();
    }

    /**
     * Sets {@code room}'s password.
     *
     * @return why it was not set, or {@code null}: the room tells its members, this client among them (a notice of
     *         the desktop's own said it a second time)
     */
    private static String change(RoomHost host, String room, String password) {
        try {
            if (!host.roomPassword(room, password)) {
                return NLS.bind(RoomTexts.passwordNoRoom, room);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            return e.getMessage(); // the default room's, or a room log that failed
        }
        if (host.status().hosting()) {
            RoomPasswords.keep(KeptRooms.key("localhost", host.status().address().getPort()), RoomTabs.key(room),
                    password);
        }
        return null;
    }

    /** Asks for the new password, typed hidden; OK hands it over. Does not block: the window goes on. */
    private static final class PasswordInput extends NonBlockingInput {

        private final Consumer<String> onSet;
        /** Whether the room has a password now: an empty field removes it, or does nothing. */
        private final boolean hasPassword;

        PasswordInput(Shell parent, String room, boolean hasPassword, Consumer<String> onSet) {
            super(parent, RoomTexts.passwordTitle, NLS.bind(RoomTexts.passwordPrompt, room), null, SHELL, FIELD);
            this.hasPassword = hasPassword;
            this.onSet = onSet;
        }

        @Override
        protected int getInputTextStyle() {
            return super.getInputTextStyle() | SWT.PASSWORD;
        }

        /**
         * OK says what it does: an empty field removes the password, which an Enter by mistake must not hide. The
         * button is as wide as its longer label from the start, so it does not jump.
         */
        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            super.createButtonsForButtonBar(parent);
            Button ok = getOkButton();
            int wide = 0;
            for (String label : new String[] { RoomTexts.passwordSetButton, RoomTexts.passwordRemove }) {
                ok.setText(label);
                setButtonLayoutData(ok);
                wide = Math.max(wide, ((GridData) ok.getLayoutData()).widthHint);
            }
            ((GridData) ok.getLayoutData()).widthHint = wide;
            Runnable label = () -> { // Remove Password of a room without one removed nothing, and told all its members
                ok.setText(getText().getText().isEmpty() ? RoomTexts.passwordRemove : RoomTexts.passwordSetButton);
                ok.setEnabled(hasPassword || !getText().getText().isEmpty());
            };
            label.run();
            getText().addModifyListener(e -> label.run());
        }

        @Override
        protected void okPressed() {
            String password = getText().getText();
            super.okPressed();
            onSet.accept(password);
        }
    }
}
