package org.chatroom.ui.internal.rooms;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.views.RowFormatter;
import org.chatroom.ui.internal.views.TypedLine;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * What the user asks the server about the room shown: an older page of its history when they scroll to the top (or
 * type {@code /history [N]}), a search of its history (Ctrl+F, or {@code /search WORDS}), and the pages back to a
 * search result the user wants to see in the room. Bounded: one request at a time per room, {@link #PAGE} events a
 * page, at most {@link #SEARCH_MAX} results, {@link #REVEAL_PAGES} pages back to a result, and a request the room has
 * not answered within {@link #TIMEOUT_MILLIS} is given up.
 */
public final class RoomRequests {

    /** Topic (IEventBroker) of a request typed or chosen by the user; data: the line, e.g. {@code /search deploy}. */
    public static final String TOPIC = "org/chatroom/ui/rooms/request";
    /** Events asked for per older page (the room allows up to {@code history.max.page}, 200 by default). */
    static final int PAGE = 50;
    /** Results of one search: what the client asks for ({@code /search}). */
    static final int SEARCH_MAX = 20;
    static final int TIMEOUT_MILLIS = 10_000;
    /** Older pages asked for, at most, to show a search result in its room's list: {@link #PAGE} events each. */
    static final int REVEAL_PAGES = 40;

    private final Display display;
    private final Supplier<ChatClient> client;
    private final Supplier<RoomPage> shown;
    private final Function<String, RoomPage> show;
    private SearchDialog dialog; // one at a time

    /** How showing a search result in its room went. */
    enum Revealed {
        /** Selected in the room's list. */
        SHOWN,
        /** Older pages are being loaded to reach it; told again when they are. */
        LOADING,
        /** Further back than {@link #REVEAL_PAGES} pages. */
        TOO_FAR,
        /** No tab shows the room, or its older messages cannot be asked for now. */
        NOT_SHOWN
    }

    /**
     * @param shown the page of the tab shown
     * @param show  shows the tab of a room: its page, null when no tab shows that room
     */
    RoomRequests(Display display, Supplier<ChatClient> client, Supplier<RoomPage> shown,
            Function<String, RoomPage> show) {
        this.display = display;
        this.client = client;
        this.shown = shown;
        this.show = show;
    }

    /** @return whether {@code line} is a request this class answers ({@code /history}, {@code /search}) */
    public static boolean handles(String line) {
        return TypedLine.of(line).is("/history", "/search");
    }

    /** The user typed {@code /history [N]} or {@code /search WORDS}, or pressed Ctrl+F ({@code /search}). */
    void typed(String line) {
        TypedLine typed = TypedLine.of(line);
        String rest = typed.rest();
        if (typed.is("/search")) {
            if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
            dialog = new SearchDialog(display.getActiveShell(), this, room(), rest);
            dialog.open();
            if (!rest.isBlank()) {
                dialog.run();
            }
        } else if (shown.get().timeline().ready()) {
            ask(shown.get(), RoomTimeline.Request.PAGE, "/history " + (rest.isEmpty() ? PAGE : rest));
        } else if (!keepsHistory()) {
            shown.get().view().appendQuietly(List.of(new RowFormatter().local(RoomTexts.historyNone)));
        }
    }

    /** The user scrolled to the top of {@code page}: its next older page, when there is one and none is pending. */
    void older(RoomPage page) {
        if (page == shown.get() && page.timeline().canAskOlder()) {
            ask(page, RoomTimeline.Request.PAGE, "/history " + PAGE);
        }
    }

    /**
     * @return whether the server keeps the rooms' history for this client to load and search: false over IRC (its
     *         tabs were told "the room is still sending its history" forever); true while that is not known
     */
    boolean keepsHistory() {
        ChatClient chat = connected();
        return chat == null || chat.keepsRoomHistory();
    }

    /** @return whether the client can search that history: not over IRC, which has no search; true while not known */
    boolean searchesHistory() {
        ChatClient chat = connected();
        return chat == null || chat.searchesRoomHistory();
    }

    /** @return whether the client is connected (a search can be asked) */
    boolean online() {
        return connected() != null;
    }

    /** @return the client when it is connected, else null */
    private ChatClient connected() {
        ChatClient chat = client.get();
        return chat != null && chat.state() == ConnectionState.CONNECTED ? chat : null;
    }

    /** The room searched by the dialog: the one shown, empty when it shows none. */
    String room() {
        return shown.get().room();
    }

    /**
     * Searches the history of the room shown for {@code words}.
     *
     * @param results gets the results as they come (newest first), then an empty list when the answer is complete
     * @return false when the tab shows no room, the room is still sending its history, the client cannot search, or
     *         nothing could be sent
     */
    boolean search(String words, Consumer<List<ChatEvent>> results) {
        RoomPage page = shown.get();
        if (page.room().isEmpty() || !page.timeline().ready() || !searchesHistory()) {
            return false;
        }
        page.searching(results);
        return ask(page, RoomTimeline.Request.SEARCH, "/search " + words);
    }

    /**
     * Shows {@code found}, a search result of {@code room}, in that room's tab: selected, scrolled into view, after
     * loading the older pages that reach it when the list does not go back that far yet.
     *
     * @param told how it went: {@link Revealed#LOADING} first when pages are asked for, then how it ended
     */
    void reveal(String room, ChatEvent found, Consumer<Revealed> told) {
        RoomPage page = show.apply(room);
        if (page == null) {
            told.accept(Revealed.NOT_SHOWN);
        } else {
            reveal(page, found, told, 0);
        }
    }

    private void reveal(RoomPage page, ChatEvent found, Consumer<Revealed> told, int pages) {
        if (page.view().reveal(found.time(), found.from(), found.text())) {
            told.accept(Revealed.SHOWN);
        } else if (found.seq() <= 0 || found.seq() >= page.timeline().first() || !page.timeline().canAskOlder()) {
            told.accept(Revealed.NOT_SHOWN); // not in the list, yet not older than it: nothing to load
        } else if (pages == REVEAL_PAGES) {
            told.accept(Revealed.TOO_FAR);
        } else {
            page.afterPage(came -> {
                if (came) {
                    reveal(page, found, told, pages + 1);
                } else {
                    told.accept(Revealed.NOT_SHOWN); // unanswered
                }
            });
            if (ask(page, RoomTimeline.Request.PAGE, "/history " + PAGE)) {
                told.accept(Revealed.LOADING);
            } else {
                page.afterPage(null);
                told.accept(Revealed.NOT_SHOWN);
            }
        }
    }

    /** @return where the rows selected in {@code room}'s tab are on the screen, null when none is or it is not shown */
    Rectangle selectedArea(String room) {
        RoomPage page = shown.get();
        return room.isEmpty() || !page.room().equals(room) ? null : page.view().selectedArea();
    }

    private boolean ask(RoomPage page, RoomTimeline.Request request, String line) {
        ChatClient chat = connected();
        if (chat == null || page.room().isEmpty() || !chat.rooms().contains(page.room())) {
            page.timeline().abandon();
            return false;
        }
        if (!page.room().equals(chat.room())) {
            chat.room(page.room());
        }
        page.timeline().asked(request);
        if (!chat.send(line)) {
            page.timeline().abandon();
            return false;
        }
        display.timerExec(TIMEOUT_MILLIS, () -> {
            if (page.timeline().pending() == request) {
                page.timeline().abandon(); // unanswered: the next scroll may ask again
                if (request == RoomTimeline.Request.PAGE) {
                    page.pageDone(false);
                }
            }
        });
        return true;
    }
}
