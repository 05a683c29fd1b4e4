package org.chatroom.ui.internal.rooms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.bridge.UnreadCount;
import org.chatroom.ui.internal.handlers.FocusInputHandler;
import org.chatroom.ui.internal.prefs.RoomPasswords;
import org.chatroom.ui.internal.privates.ConversationUnread;
import org.chatroom.ui.internal.privates.PrivateChats;
import org.chatroom.ui.internal.theme.LookFollower;
import org.chatroom.ui.internal.views.LinkLauncher;
import org.chatroom.ui.internal.views.MessageRow;
import org.chatroom.ui.internal.views.RoomView;
import org.chatroom.ui.internal.views.SenderActions;
import org.chatroom.ui.internal.views.TypedLine;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolder2Adapter;
import org.eclipse.swt.custom.CTabFolderEvent;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.osgi.service.event.EventHandler;

/**
 * The rooms the client is in, one tab each ({@code chatroom/2}): a room's events go to its tab, what names no room
 * (this client's notices, errors, the room list) to the tab shown. The first room joined takes the first tab; a
 * room joined later opens a tab of its own, shown when the user asked for it ({@code /join}, {@code /create}, typed
 * or from the dialogs), behind the one shown when the connection joined it by itself (the IRC channels to join
 * after the first: the view and typing stay in the first). Showing a tab makes its room the one typed text goes to and
 * the member list follows it; closing a tab leaves its room, and a room left (or closed by the host) closes its tab.
 * Each tab counts what was said while it was not shown (or the window was not focused); the window title shows the
 * total ({@link Topics#UNREAD}).
 * <p>
 * What the server says about no room ({@link Kind#SERVER}: an IRC network's welcome, message of the day and notices)
 * has a tab of its own, named after the server and made by its first such line, as IRC clients have: it takes the
 * first tab while that shows no room yet, and the connection's first room is shown over it. Nothing is said from it
 * ({@link Topics#SERVER_SHOWN}).
 */
public final class RoomTabs {

    /** Key of the tab folder's {@code getData}: tests and tools find it by it. */
    public static final String FOLDER = "roomTabs";
    /** The key binding context of the room tabs (plugin.xml), active while they exist. */
    public static final String CONTEXT = "org.chatroom.ui.contexts.rooms";

    private final CTabFolder folder;
    private final Supplier<ChatClient> client;
    private final Supplier<LinkLauncher> launcher;
    private final BooleanSupplier windowAway;
    private final IEventBroker broker;
    /** Hears how many tabs there are ({@link #tabCount}). */
    private IntConsumer tabCount = count -> {
    };
    private Consumer<String> shownRoom = room -> {
    };
    private final int capacity;
    private final List<RoomPage> pages = new ArrayList<>();
    private final RoomRequests requests;
    private final SenderActions senderActions;
    private final UnreadTotal total;
    private final HiddenUnread hidden;
    /** The rooms the user asked to join or create and not yet joined, by {@link #key}. */
    private final Set<String> asked = new HashSet<>();
    /** What the input was told last ({@link Topics#ROOM_OUT}). */
    private String roomOut = "";
    /** What {@link #shownRoom} was told last. */
    private String roomShown = "";
    /** How far the user had read each room when the desktop last left this server, by {@link #key}. */
    private final Map<String, Long> readBefore = new HashMap<>();
    /**
     * The room to show once joined, the one shown when the desktop quit ({@link #showWhenJoined}), by {@link #key};
     * empty when none is awaited. Until it comes, the tab shown is not where the user is: what another room's tab
     * shows as missed counts as unread (the first room, shown a moment while joined, showed no count afterwards).
     */
    private String showing = "";

    public RoomTabs(Composite parent, int capacity, Supplier<ChatClient> client, Supplier<LinkLauncher> launcher,
            BooleanSupplier windowAway, IEventBroker broker) {
        this.capacity = capacity;
        this.client = client;
        this.launcher = launcher;
        this.windowAway = windowAway;
        this.broker = broker;
        this.total = new UnreadTotal(sum -> broker.post(Topics.UNREAD, sum));
        this.senderActions = new SenderActions(this::replyTo, name -> PrivateChats.open(name, true),
                () -> client.get() == null ? "" : client.get().nickname());
        folder = new CTabFolder(parent, SWT.TOP | SWT.FLAT | SWT.CLOSE);
        folder.setData(org.chatroom.ui.internal.views.WidgetIds.KEY, FOLDER);
        folder.setMRUVisible(true);
        // a tab's close button only on the tab shown: a click on another tab shows it, never leaves its room (the
        // row moved when the tab clicked lost its count, and a second click on the next tab hit its close button)
        folder.setUnselectedCloseVisible(false);
        hidden = new HiddenUnread(folder, () -> pages, page -> {
            showing = ""; // the user chose
            folder.setSelection(page.tab());
            shown(page);
        });
        folder.addListener(SWT.Selection, e -> {
            showing = ""; // the user chose
            shown(selected());
            hidden.later(); // the tab shown is made visible: another may be hidden now
        });
        folder.addListener(SWT.MouseUp, this::clicked);
        folder.addCTabFolder2Listener(new CTabFolder2Adapter() {
            @Override
            public void close(CTabFolderEvent event) {
                event.doit = closing((RoomPage) event.item.getData());
            }
        });
        requests = new RoomRequests(folder.getDisplay(), client, this::selected, this::showRoom);
        EventHandler typed = e -> requests.typed((String) e.getProperty(Topics.DATA));
        broker.subscribe(RoomRequests.TOPIC, typed);
        EventHandler privateCount = e -> conversation((ConversationUnread) e.getProperty(Topics.DATA));
        broker.subscribe(Topics.CONVERSATION_UNREAD, privateCount);
        EventHandler switching = e -> switchTo((String) e.getProperty(Topics.DATA));
        broker.subscribe(RoomSwitch.TOPIC, switching);
        EventHandler sent = e -> asked((String) e.getProperty(Topics.DATA));
        broker.subscribe(Topics.SENT, sent);
        IContextService contexts = PlatformUI.getWorkbench().getService(IContextService.class);
        IContextActivation keys = contexts.activateContext(CONTEXT); // Ctrl+F
        folder.addDisposeListener(e -> {
            broker.unsubscribe(typed);
            broker.unsubscribe(privateCount);
            broker.unsubscribe(switching);
            broker.unsubscribe(sent);
            contexts.deactivateContext(keys);
        });
        folder.setSelection(add().tab());
    }

    /** The tab shown now. */
    public RoomView shown() {
        return selected().view();
    }

    public List<RoomView> all() {
        return pages.stream().map(RoomPage::view).toList();
    }

    /** Shows a batch of events, each in its room's tab. */
    public void events(List<ChatEvent> events, String me) {
        Map<RoomPage, List<ChatEvent>> byPage = new LinkedHashMap<>();
        Map<RoomPage, Long> ownJoins = new HashMap<>();
        List<RoomPage> left = new ArrayList<>();
        Set<ChatEvent> ended = OwnEvents.joinsEnded(events, me);
        for (ChatEvent event : events) {
            if (OwnEvents.join(event, me) && !ended.contains(event)) {
                if (event.seq() > 0) { // not shown, but numbered: the tab knows how far the room has come
                    ownJoins.merge(target(event, left), event.seq(), Math::max);
                }
                continue;
            }
            // a private message shows in its conversation only; this client's own leave in its notices
            if (event.kind() == Kind.PRIVATE || OwnEvents.leave(event, me)) {
                continue;
            }
            RoomPage page = target(event, left);
            byPage.computeIfAbsent(page, p -> new ArrayList<>()).add(event);
        }
        byPage.forEach((page, batch) -> {
            if (page == selected() && batch.stream().anyMatch(OwnEvents::liveSaid)) {
                showing = ""; // the room shown is talking: the user reads it there
            }
            page.show(batch, me);
        });
        ownJoins.forEach((page, seq) -> page.timeline().numbered(seq));
        for (RoomPage page : left) {
            if (selected() == page) { // the tab shown next is the one its notices went to
                folder.setSelection(otherThan(page).tab());
            }
            remove(page);
        }
        tellRoomOut(); // a room not joined again is told by an event
    }

    /** A row of this client in every tab (the connection's state). */
    public void everywhere(MessageRow row, ConnectionState state) {
        pages.forEach(page -> page.local(row));
        if (state != ConnectionState.CONNECTED) {
            showing = ""; // the room to show again is not coming now
            pages.forEach(page -> page.timeline().abandon());
        }
        tellRoomOut();
    }

    /** {@code told} hears how many tabs there are, now and after each change ({@link RoomSwitch#TABS}). */
    public void tabCount(IntConsumer told) {
        tabCount = told;
        told.accept(pages.size());
    }

    /**
     * {@code told} hears the room of the tab shown when it changes: empty for the network's tab and a tab showing no
     * room.
     */
    public void shownRoom(Consumer<String> told) {
        shownRoom = told;
    }

    /**
     * Shows {@code room}'s tab when it is joined, as a room the user asked for: the room shown when the desktop quit,
     * joined again at the next start (the default room was shown instead).
     */
    public void showWhenJoined(String room) {
        asked.add(key(room));
        showing = key(room);
    }

    /**
     * @return how far the user has read each room shown in a tab ({@link RoomPage#read}): the event's number, by
     *         room; rooms of no event shown are left out
     */
    public Map<String, Long> readPoints() {
        Map<String, Long> reads = new LinkedHashMap<>();
        for (RoomPage page : pages) {
            if (!page.room().isEmpty() && !page.isServer() && page.read() > 0) {
                reads.put(page.room(), page.read());
            }
        }
        return reads;
    }

    /**
     * The user had read the rooms of {@code reads} up to their events (by number) when the desktop last left this
     * server: a room's tab made from now on shows what its join's history holds after that as missed.
     */
    public void readBefore(Map<String, Long> reads) {
        readBefore.clear();
        reads.forEach((room, seq) -> readBefore.put(key(room), seq));
    }

    /**
     * Another server: the tabs, with what they showed, give way to one empty tab, which takes the first room joined
     * (the first tab kept the other server's lines, and the room of the same name there added its history under
     * them, times going back, as if one room).
     */
    public void newServer() {
        asked.clear();
        showing = "";
        readBefore.clear();
        RoomPage fresh = add(0);
        folder.setSelection(fresh.tab());
        while (pages.size() > 1) {
            remove(pages.get(pages.size() - 1));
        }
        serverShown(fresh);
    }

    /** The window has the focus again: the tab shown is read, unless it is shown only until another room comes. */
    public void back() {
        if (readHere(selected())) {
            selected().view().back();
        }
    }

    /**
     * @return whether the user reads {@code page} now: the window has the focus, its tab is shown, and it is not the
     *         tab shown a moment at a start while the room the user left in is joined ({@link #showing}): the rooms
     *         joined meanwhile showed it again and again, and what it held as missed was then counted as read
     */
    private boolean readHere(RoomPage page) {
        return !windowAway.getAsBoolean() && selectedOrNull() == page
                && (showing.isEmpty() || key(page.room()).equals(showing));
    }

    private RoomPage target(ChatEvent event, List<RoomPage> left) {
        if (event.kind() == Kind.SERVER) {
            return serverPage(event.from());
        }
        String room = event.room();
        if (room.isEmpty()) {
            return selected();
        }
        RoomPage page = page(room);
        ChatClient chat = client.get();
        boolean in = chat != null && chat.rooms().contains(room);
        // parted, closed or kicked (an IRC channel's kick says who and why, then that the user left it)
        if (page != null && !in && event.kind() == Kind.NOTICE && event.seq() == 0 && chat != null
                && chat.state() == ConnectionState.CONNECTED) {
            if (left.contains(page)) {
                return otherThan(page);
            }
            if (pages.size() == 1) { // the last tab stays, showing no room
                page.room("");
                return page;
            }
            left.add(page); // the notices go where the user is (the kick's went with the tab)
            return otherThan(page);
        }
        if (page != null) {
            return page;
        }
        if (!in && event.seq() == 0) {
            return selected(); // a notice of a room this client is not in (after leaving it)
        }
        return open(room);
    }

    /**
     * The server's tab, made on its first notice: from the tab that shows no room yet (the first, before the
     * connection's first room: what it showed of the connection stays above), else a new first tab. It takes the
     * name the server's notices give last (an IRC network's name, once the server said it).
     */
    private RoomPage serverPage(String name) {
        RoomPage server = pages.stream().filter(RoomPage::isServer).findFirst().orElse(null);
        if (server == null) {
            server = pages.stream().filter(p -> p.room().isEmpty()).findFirst().orElseGet(() -> add(0));
            server.server(name);
            serverShown(selected());
        } else if (!name.isEmpty()) {
            server.server(name);
        }
        return server;
    }

    /** The tab shown, or when that is {@code page}, the first room's tab (the network's tab when there is no other). */
    private RoomPage otherThan(RoomPage page) {
        RoomPage shown = selected();
        return shown != page ? shown : pages.stream().filter(p -> p != page && !p.isServer()).findFirst()
                .orElseGet(() -> pages.stream().filter(p -> p != page).findFirst().orElse(page));
    }

    private RoomPage open(String room) {
        RoomPage free = pages.stream().filter(p -> p.room().isEmpty() && !p.isServer()).findFirst().orElse(null);
        // the connection's first room is shown over the server's tab, as IRC clients show the first channel
        boolean first = selected().isServer() && pages.stream().allMatch(p -> p.room().isEmpty());
        RoomPage page = free != null ? free : add();
        page.room(room);
        Long read = readBefore.remove(key(room));
        if (read != null) {
            page.timeline().readUpTo(read);
        }
        boolean wanted = free == null && asked.remove(key(room));
        if (key(room).equals(showing)) {
            showing = "";
        }
        if (free == null && (wanted || first)) {
            folder.setSelection(page.tab());
            shown(page);
            if (wanted) {
                focusInput(); // asked for from a dialog or the members' list as well: typing goes to the room
            }
        } else if (free == null) {
            shown(selected()); // the client took the new room as the one typing goes to: the shown one stays it
        }
        return page;
    }

    /**
     * Sends {@code line}, a room command the user chose in a dialog, as if typed ({@link Topics#SENT}); a {@code /join}
     * of rooms the client is in is not sent, their tab is shown.
     */
    static void ask(ChatClient client, IEventBroker broker, String line) {
        if (joinsRoomsIn(line, client.rooms())) {
            broker.post(Topics.SENT, line);
            return;
        }
        broker.send(Topics.SENDING, line);
        if (client.send(line)) {
            broker.post(Topics.SENT, line);
        }
    }

    /**
     * The user sent {@code line}: the rooms a {@code /join} or {@code /create} names are shown when joined; a
     * {@code /join} of a room the client is in already shows its tab now (as IRC clients do; the room itself may say
     * so in it).
     */
    private void asked(String line) {
        TypedLine typed = TypedLine.of(line);
        if (!typed.bare() && typed.is("/join", "/create")) {
            for (String room : typed.arguments().get(0).split(",")) {
                RoomPage in = typed.is("/join") ? joined(room) : null;
                if (in != null) {
                    folder.setSelection(in.tab());
                    shown(in);
                    focusInput();
                } else {
                    asked.add(key(room));
                }
            }
        }
    }

    /**
     * @param line a line the user typed
     * @param in   the rooms the client is in
     * @return whether {@code line} is a {@code /join} of rooms that are all among {@code in} (nothing to send: their
     *         tabs are shown when the line is posted as sent)
     */
    public static boolean joinsRoomsIn(String line, Collection<String> in) {
        TypedLine typed = TypedLine.of(line);
        if (!typed.is("/join") || typed.arguments().size() != 1) {
            return false;
        }
        Set<String> keys = new HashSet<>();
        in.forEach(room -> keys.add(key(room)));
        return Arrays.stream(typed.arguments().get(0).split(",")).allMatch(room -> keys.contains(key(room)));
    }

    /** @return the tab of {@code room} (as the user may type it) when the client is in that room, else null */
    private RoomPage joined(String room) {
        ChatClient chat = client.get();
        if (chat == null) {
            return null;
        }
        return pages.stream().filter(p -> !p.room().isEmpty() && key(p.room()).equals(key(room))
                && chat.rooms().contains(p.room())).findFirst().orElse(null);
    }

    /** @return a room's name as the user may type it (any case, an IRC channel with or without its #) compared */
    static String key(String room) {
        return RoomPasswords.roomKey(room);
    }

    private RoomPage add() {
        return add(pages.size());
    }

    /** A new tab at {@code index}. */
    private RoomPage add(int index) {
        CTabItem tab = new CTabItem(folder, SWT.NONE, index);
        RoomPage[] made = new RoomPage[1];
        RoomView view = new RoomView(folder, capacity, launcher, () -> !readHere(made[0]),
                count -> unread(made[0], count),
                row -> {
                    if (windowAway.getAsBoolean()) {
                        broker.post(Topics.ALERT, row);
                    }
                });
        view.senderActions(senderActions);
        LookFollower.apply(view.control()); // the views followed the look at their start: a later tab too
        made[0] = new RoomPage(tab, view);
        view.onTop(() -> requests.older(made[0]));
        pages.add(index, made[0]);
        tabCount.accept(pages.size());
        hidden.later(); // a tab more: another may be hidden now
        return made[0];
    }

    private boolean closing(RoomPage page) {
        ChatClient chat = client.get();
        if (chat != null && !page.room().isEmpty() && chat.rooms().contains(page.room())) {
            chat.send("/part " + page.room());
        }
        if (pages.size() == 1) {
            page.room(""); // the server's tab too: it is made again by the server's next notice
            serverShown(page);
            return false;
        }
        remove(page);
        return false; // disposed by remove
    }

    private void remove(RoomPage page) {
        if (pages.remove(page)) {
            tabCount.accept(pages.size());
            unread(page, UnreadCount.NONE);
            page.dispose();
            shown(selected());
        }
    }

    /**
     * A click on a tab (to show it, or to close it) puts the cursor in the input line, as in every chat client:
     * the user chose where to type next. Switching tabs from the keyboard leaves the focus on them.
     */
    private void clicked(Event event) {
        if (event.button == 1 && folder.getItem(new Point(event.x, event.y)) != null) {
            focusInput();
        }
    }

    /** A row's Reply to NAME: the message field takes the name, and the cursor. */
    private void replyTo(String name) {
        broker.send(Topics.REPLY, name);
        focusInput();
    }

    /**
     * Puts the cursor in the input line of this window, active or not (a dialog that just closed may not have given
     * the activation back yet): SWT keeps the focus for when the window is active, and takes none from another
     * application.
     */
    private void focusInput() {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            if (!folder.isDisposed() && window.getShell() == folder.getShell()) {
                FocusInputHandler.focus(window);
            }
        }
    }

    /** Shows the tab the keyboard asked for ({@link RoomSwitch}); the focus stays where it is. */
    private void switchTo(String request) {
        showing = "";
        int index = folder.isDisposed() ? -1
                : RoomSwitch.target(request, folder.getSelectionIndex(), folder.getItemCount());
        if (index >= 0 && index != folder.getSelectionIndex()) {
            folder.setSelection(index);
            shown(selected());
        }
    }

    private void shown(RoomPage page) {
        serverShown(page);
        if (readHere(page)) {
            page.view().back();
        }
        ChatClient chat = client.get();
        if (chat != null && !page.room().isEmpty() && !page.room().equals(chat.room())) {
            chat.room(page.room());
        }
    }

    /** Tells the input whether the tab shown is the server's, where nothing is said ({@link Topics#SERVER_SHOWN}). */
    private void serverShown(RoomPage page) {
        broker.send(Topics.SERVER_SHOWN, page.isServer());
        tellRoomOut();
    }

    /**
     * Marks the tabs of the rooms the client, connected, is not in (not joined again, or not yet) and is not joining,
     * and tells the input, when it changed, the room of the tab shown if it is one of them ({@link Topics#ROOM_OUT}):
     * text typed there would go to another room. Tells {@link #shownRoom} the room shown when it changed (a tab
     * showing no room took one, or another tab is shown).
     */
    private void tellRoomOut() {
        ChatClient chat = client.get();
        boolean connected = chat != null && chat.state() == ConnectionState.CONNECTED;
        for (RoomPage page : pages) {
            page.out(connected && !page.room().isEmpty() && !page.isServer() && !page.timeline().joining()
                    && !chat.rooms().contains(page.room()));
        }
        RoomPage page = selectedOrNull();
        String now = page != null && page.out() ? page.room() : "";
        if (!now.equals(roomOut)) {
            roomOut = now;
            broker.send(Topics.ROOM_OUT, now);
        }
        String room = page == null || page.isServer() ? "" : page.room();
        if (!room.equals(roomShown)) {
            roomShown = room;
            shownRoom.accept(room);
        }
    }

    private void conversation(ConversationUnread count) {
        if (folder.isDisposed()) {
            return;
        }
        total.conversation(count, pages);
    }

    /** Sets {@code page}'s count; the window's total follows. */
    private void unread(RoomPage page, UnreadCount count) {
        page.unread(count);
        total.rooms(pages);
        hidden.later();
    }

    /** Shows the tab of {@code room}: @return its page, null when no tab shows that room */
    private RoomPage showRoom(String room) {
        RoomPage page = room.isEmpty() ? null : page(room);
        if (page != null && page != selected()) {
            folder.setSelection(page.tab());
            shown(page);
        }
        return page;
    }

    private RoomPage page(String room) {
        return pages.stream().filter(p -> p.room().equalsIgnoreCase(room)).findFirst().orElse(null);
    }

    private RoomPage selected() {
        RoomPage page = selectedOrNull();
        return page != null ? page : pages.get(0);
    }

    private RoomPage selectedOrNull() {
        CTabItem item = folder.getSelection();
        return item == null ? null : (RoomPage) item.getData();
    }
}
