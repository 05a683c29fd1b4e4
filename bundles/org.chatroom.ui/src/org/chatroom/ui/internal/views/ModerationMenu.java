package org.chatroom.ui.internal.views;

import java.util.function.BiFunction;

import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.Topics;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * The host's context menu on the member list: Kick... and Ban..., asking for a reason, enabled only while this
 * process hosts the room and a member other than the host is selected (banning itself banned the host's own
 * address); Lift Bans..., enabled while hosting a room with bans, lists them
 * to check those that may join again. The room is told in a job, never on the UI thread.
 */
final class ModerationMenu {

    /** Asks the host for a reason: (title, member) to the reason, or {@code null} when cancelled. */
    private BiFunction<String, String, String> reasons = this::askReason;
    /** The members; the one selected is this user's own, whom the host may not kick or ban (its own address). */
    private final MemberList list;
    private final IEventBroker broker;
    private RoomHost room;
    final MenuItem kick;
    final MenuItem ban;
    final MenuItem lift;

    ModerationMenu(MemberList list, IEventBroker broker) {
        this.list = list;
        this.broker = broker;
        Menu menu = new Menu(list.control());
        kick = MenuItems.push(menu, Messages.menuKick, WidgetIds.KICK, this::kick);
        ban = MenuItems.push(menu, Messages.menuBan, WidgetIds.BAN, this::ban);
        lift = MenuItems.push(menu, Messages.menuBans, WidgetIds.BANS, this::liftBans);
        menu.addListener(SWT.Show, e -> update());
        list.control().setMenu(menu);
    }

    void room(RoomHost newRoom) {
        this.room = newRoom;
    }

    /** Replaces the reason dialog (tests answer it without a modal dialog). */
    void reasons(BiFunction<String, String, String> newReasons) {
        this.reasons = newReasons;
    }

    void update() {
        boolean hosting = room != null && room.status().hosting();
        boolean enabled = hosting && list.selected() != null && !list.selfSelected();
        kick.setEnabled(enabled);
        ban.setEnabled(enabled);
        lift.setEnabled(hosting && !room.bans().isEmpty());
    }

    private void kick() {
        String name = selected();
        String reason = name == null ? null : reasons.apply(Messages.kickTitle, name);
        if (reason != null) {
            RoomHost target = room;
            run(() -> broker.post(Topics.NOTICE, NLS.bind(target.kick(name, reason) ? Messages.kicked
                    : Messages.notKicked, name)));
        }
    }

    private void ban() {
        String name = selected();
        String reason = name == null ? null : reasons.apply(Messages.banTitle, name);
        if (reason != null) {
            RoomHost target = room;
            run(() -> {
                target.ban(name, reason);
                broker.post(Topics.NOTICE, NLS.bind(Messages.banned, name));
            });
        }
    }

    private void liftBans() {
        RoomHost target = room;
        if (target == null) {
            return;
        }
        ListSelectionDialog dialog = ListSelectionDialog.of(target.bans())
                .contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider())
                .title(Messages.bansTitle)
                .message(Messages.bansPrompt)
                .okButtonText(Messages.bansLift)
                .create(list.control().getShell());
        if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
            return;
        }
        Object[] chosen = dialog.getResult();
        run(() -> {
            for (Object entry : chosen) {
                if (target.unban(entry.toString())) {
                    broker.post(Topics.NOTICE, NLS.bind(Messages.unbanned, entry));
                }
            }
        });
    }

    private String selected() {
        return room == null ? null : list.selected();
    }

    private String askReason(String title, String name) {
        InputDialog dialog = new InputDialog(list.control().getShell(), title, NLS.bind(Messages.reasonPrompt, name),
                "", null);
        return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
    }

    private static void run(Runnable work) {
        Job.create(Messages.moderationJobName, monitor -> {
            work.run();
            return Status.OK_STATUS;
        }).schedule();
    }
}
