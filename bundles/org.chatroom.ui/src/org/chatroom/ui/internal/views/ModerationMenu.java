package org.chatroom.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.chatroom.api.room.RoomHost;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.dialogs.OkWhenChecked;
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
 * address) in a room; Lift Bans..., enabled while hosting a room with bans, lists them
 * to check those that may join again. Kick and ban are from the room shown, whose members the list shows, as IRC's
 * are from a channel (they took the member off the whole server, out of every room). Lift Bans lists the room's bans,
 * then the server's (set by an earlier version, or from the server's console). The room is told in a job, never on
 * the UI thread.
 */
final class ModerationMenu {

    /** A ban to lift: of {@code room}, or of the whole server when {@code room} is empty. */
    private record Ban(String room, String entry) {
        @Override
        public String toString() {
            return room.isEmpty() ? NLS.bind(Messages.bannedFromServer, entry) : entry;
        }
    }

    /** The members; the one selected is this user's own, whom the host may not kick or ban (its own address). */
    private final MemberList list;
    private final IEventBroker broker;
    /** The room the list shows when this process hosts it; else empty (a remote room, no room). */
    private final Supplier<String> shown;
    private RoomHost room;
    final MenuItem kick;
    final MenuItem ban;
    final MenuItem lift;

    ModerationMenu(MemberList list, IEventBroker broker, Supplier<String> shown) {
        this.list = list;
        this.broker = broker;
        this.shown = shown;
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

    void update() {
        boolean hosting = room != null && room.status().hosting();
        boolean enabled = hosting && list.selected() != null && !list.selfSelected() && !shown.get().isEmpty();
        kick.setEnabled(enabled);
        ban.setEnabled(enabled);
        lift.setEnabled(hosting && !bans(room, shown.get()).isEmpty());
    }

    private void kick() {
        String name = selected();
        String from = shown.get();
        String reason = name == null ? null
                : askReason(Messages.kickTitle, NLS.bind(Messages.kickPrompt, name, from));
        if (reason != null) {
            RoomHost target = room;
            run(() -> {
                boolean kicked = target.kick(from, name, reason);
                broker.post(Topics.NOTICE, NLS.bind(kicked ? Messages.kicked : Messages.notKicked, name, from));
            });
        }
    }

    private void ban() {
        String name = selected();
        String from = shown.get();
        String reason = name == null ? null
                : askReason(Messages.banTitle, NLS.bind(Messages.banPrompt, name, from));
        if (reason != null) {
            RoomHost target = room;
            run(() -> {
                if (target.ban(from, name, reason)) { // else the room closed meanwhile, and its closing said so
                    broker.post(Topics.NOTICE, NLS.bind(Messages.banned, name, from));
                }
            });
        }
    }

    /** The bans of {@code shownRoom} (none when empty), then the server's. */
    private static List<Ban> bans(RoomHost host, String shownRoom) {
        List<Ban> all = new ArrayList<>();
        if (!shownRoom.isEmpty()) {
            host.bans(shownRoom).forEach(entry -> all.add(new Ban(shownRoom, entry)));
        }
        host.bans().forEach(entry -> all.add(new Ban("", entry)));
        return all;
    }

    private void liftBans() {
        RoomHost target = room;
        if (target == null) {
            return;
        }
        String from = shown.get();
        ListSelectionDialog dialog = ListSelectionDialog.of(bans(target, from))
                .contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider())
                .title(Messages.bansTitle)
                .message(from.isEmpty() ? Messages.bansPromptServer : NLS.bind(Messages.bansPrompt, from))
                .okButtonText(Messages.bansLift)
                .create(list.control().getShell());
        OkWhenChecked.apply(dialog);
        if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
            return;
        }
        Object[] chosen = dialog.getResult();
        run(() -> {
            for (Object chose : chosen) {
                Ban ban = (Ban) chose;
                if (ban.room().isEmpty() ? target.unban(ban.entry()) : target.unban(ban.room(), ban.entry())) {
                    broker.post(Topics.NOTICE, ban.room().isEmpty() ? NLS.bind(Messages.unbannedServer, ban.entry())
                            : NLS.bind(Messages.unbanned, ban.entry(), ban.room()));
                }
            }
        });
    }

    private String selected() {
        return room == null ? null : list.selected();
    }

    /** Asks the host for a reason; @return it, or {@code null} when cancelled */
    private String askReason(String title, String prompt) {
        InputDialog dialog = new InputDialog(list.control().getShell(), title, prompt, "", null);
        return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
    }

    private static void run(Runnable work) {
        Job.create(Messages.moderationJobName, monitor -> {
            work.run();
            return Status.OK_STATUS;
        }).schedule();
    }
}
