package org.chatroom.ui.internal.rooms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.ui.internal.bridge.UnreadCount;
import org.chatroom.ui.internal.views.MessageRow;
import org.chatroom.ui.internal.views.MessageRow.Style;
import org.chatroom.ui.internal.views.RoomView;
import org.chatroom.ui.internal.views.RowFormatter;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.CTabItem;

/**
 * One room's tab: its message list, where its events go ({@link RoomTimeline}) and its unread count on the tab; or the
 * server's tab ({@link #server(String)}), which shows what the server says about no room.
 */
final class RoomPage {

    private final CTabItem tab;
    private final RoomView view;
    private final RowFormatter formatter = new RowFormatter();
    private final RoomTimeline timeline = new RoomTimeline();
    private String room = "";
    /** The server's name when this is the server's tab, else null. */
    private String server;
    private UnreadCount unread = UnreadCount.NONE;
    private Consumer<List<ChatEvent>> searchResults;
    /**
     * Whether the list shows events the room numbered, or only lines of this client and notices ("Connected as ada.",
     * "You are hosting a room...").
     */
    private boolean roomRows;
    /** Whether the client is not in the room this tab shows (not joined again after a drop: closed, a password). */
    private boolean out;
    /** The room's topic, the tab's tooltip while the client is in the room. */
    private String topic;
    /** What to do once the older page asked for is shown, or given up (a search result to reveal), else null. */
    private Consumer<Boolean> afterPage;
    /** The newest event the tab showed before the batch being shown ({@link #read}). */
    private long shownBefore;
    /** The newest event shown when lines began to be unread here, the user having read it all until then. */
    private long readBeforeUnread;

    RoomPage(CTabItem tab, RoomView view) {
        this.tab = tab;
        this.view = view;
        tab.setControl(view.control());
        tab.setData(this);
        label();
    }

    String room() {
        return room;
    }

    /** Shows {@code newRoom} from now on (empty: none); the room's numbering starts afresh. */
    void room(String newRoom) {
        room = newRoom;
        server = null;
        timeline.reset();
        view.room(newRoom);
        topic = null;
        out = false;
        tooltip();
        label();
    }

    /**
     * Makes this tab, which shows no room, the tab of the server named {@code name}, or renames it (an IRC server's
     * welcome names the server, the network's name comes later): its notices go here.
     */
    void server(String name) {
        server = name.isEmpty() ? RoomTexts.server : name;
        label();
    }

    /** Whether this is the server's tab. */
    boolean isServer() {
        return server != null;
    }

    RoomView view() {
        return view;
    }

    CTabItem tab() {
        return tab;
    }

    RoomTimeline timeline() {
        return timeline;
    }

    /** Shows a batch of this room's events; {@code me} is this client's name (own lines, mentions). */
    void show(List<ChatEvent> events, String me) {
        shownBefore = timeline.last();
        timeline.historyAbove(!roomRows);
        timeline.me(me);
        RoomTimeline.Placement placement = timeline.place(events);
        joinHistory(placement.joinHistory(), me);
        roomRows |= placement.below().stream().anyMatch(line -> line.event() != null && line.event().seq() > 0);
        List<MessageRow> older = new ArrayList<>(placement.above().size());
        for (ChatEvent event : placement.above()) {
            older.add(dimmed(formatter.format(event, me)));
        }
        view.prepend(older);
        if (!placement.missed().isEmpty()) {
            view.insert(rows(placement.missed(), me)); // in time order among the lines of reconnecting
        }
        append(placement.below(), me);
        topic(placement.below());
        if (!placement.found().isEmpty() && searchResults != null) {
            searchResults.accept(placement.found());
        }
        if (placement.ended() == RoomTimeline.Request.SEARCH && searchResults != null) {
            searchResults.accept(List.of()); // complete
            searchResults = null;
        }
        if (placement.ended() == RoomTimeline.Request.PAGE) {
            pageDone(true);
        }
    }

    /**
     * Tells {@code then} whether the older page asked for next was shown (true) or given up (false); null: nothing.
     */
    void afterPage(Consumer<Boolean> then) {
        afterPage = then;
    }

    /** The older page asked for was shown ({@code came}) or given up: who waited for it is told. */
    void pageDone(boolean came) {
        Consumer<Boolean> then = afterPage;
        afterPage = null;
        if (then != null) {
            then.accept(came);
        }
    }

    /**
     * The room's topic as the last of {@code lines} that sets it says (the topic a room has is sent after the history
     * on joining, so an older topic in the history does not stay); on the bar above the list and in the tab's tooltip.
     */
    private void topic(List<RoomTimeline.Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            ChatEvent event = lines.get(i).event();
            if (event != null && event.kind() == ChatEvent.Kind.TOPIC) {
                view.topic(event.text());
                topic = event.text().isBlank() ? null : event.text();
                tooltip();
                return;
            }
        }
    }

    /** Rows of this client (connection state): shown, not counted as unread. */
    void local(MessageRow row) {
        shownBefore = timeline.last();
        joinHistory(timeline.takeJoinHistory(), "");
        List<RoomTimeline.Line> held = new ArrayList<>();
        timeline.flushMissed(held);
        if (!held.isEmpty()) {
            view.insert(rows(held, ""));
        }
        view.appendQuietly(List.of(row));
    }

    /** Runs a search: its results (then an empty list when complete) go to {@code results}. */
    void searching(Consumer<List<ChatEvent>> results) {
        searchResults = results;
        timeline.asked(RoomTimeline.Request.SEARCH);
    }

    void unread(UnreadCount count) {
        if (unread.unread() == 0 && count.unread() > 0) {
            // the batch that brought the first unread line is not read; lines missed while away came after the
            // point read then (a fresh tab showed nothing before them: the point was lost at the next quit)
            readBeforeUnread = timeline.missedAfter() > 0 ? timeline.missedAfter() : shownBefore;
        } else if (count.unread() == 0) {
            timeline.missedRead();
        }
        unread = count;
        label();
    }

    /**
     * @return the newest event of the room the user has read here: what the tab shows, or, while lines are unread,
     *         what it showed before the first of them came; 0 when it shows none
     */
    long read() {
        return unread.unread() == 0 ? timeline.last() : readBeforeUnread;
    }

    UnreadCount unread() {
        return unread;
    }

    void dispose() {
        tab.getControl().dispose();
        tab.dispose();
    }

    private void append(List<RoomTimeline.Line> lines, String me) {
        if (!lines.isEmpty()) {
            view.append(rows(lines, me));
        }
    }

    private List<MessageRow> rows(List<RoomTimeline.Line> lines, String me) {
        // from the last line up: a line of this client (a separator, a marker) takes the time of the event it stands
        // before, so the rows' times keep their order (stamped when shown, the separator read a second after the join
        // it precedes); now when none follows in the batch
        MessageRow[] rows = new MessageRow[lines.size()];
        String next = formatter.now();
        for (int i = lines.size() - 1; i >= 0; i--) {
            RoomTimeline.Line line = lines.get(i);
            if (line.event() == null) {
                rows[i] = new MessageRow(next, "", line.text(), line.marker() ? Style.MARKER : Style.NOTICE);
            } else {
                MessageRow row = formatter.format(line.event(), me);
                next = row.time();
                rows[i] = line.history() ? dimmed(row) : row;
            }
        }
        return List.of(rows);
    }

    /**
     * Puts the history of a join above the rows of this client the tab shows ("Connected as ada."), dimmed, with
     * the separator under it, stamped with the newest history row's time so that the times keep their order; the
     * list shows its newest rows.
     */
    private void joinHistory(List<ChatEvent> history, String me) {
        if (history.isEmpty()) {
            return;
        }
        List<MessageRow> rows = new ArrayList<>(history.size() + 1);
        for (ChatEvent event : history) {
            rows.add(dimmed(formatter.format(event, me)));
        }
        rows.add(new MessageRow(rows.get(rows.size() - 1).time(), "", RoomTexts.historyEnd, Style.NOTICE));
        view.prepend(rows);
        view.jumpToLatest(); // the list ends with the newest rows, as it does after a join below them
        roomRows = true;
    }

    private static MessageRow dimmed(MessageRow row) {
        return row.styled(Style.HISTORY);
    }

    /**
     * Whether the client is out of the room this tab shows, while connected: the tab says so (a room not joined again
     * after a drop or a Connect again looked like any other).
     */
    void out(boolean now) {
        if (now != out) {
            out = now;
            tooltip();
            label();
        }
    }

    boolean out() {
        return out;
    }

    private void tooltip() {
        tab.setToolTipText(out ? NLS.bind(RoomTexts.tabOutTip, room) : topic);
    }

    private void label() {
        String shown = server != null ? server : room.isEmpty() ? RoomTexts.noRoom : room;
        String name = out ? NLS.bind(RoomTexts.tabOut, shown) : shown;
        tab.setText(unread.unread() == 0 ? name : NLS.bind(RoomTexts.tabUnread, name, unread.unread()));
        // what mentions the user stands out among the counts, as in the window's title ("1 for you")
        tab.setFont(unread.mentions() > 0 ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
                : null);
    }
}
