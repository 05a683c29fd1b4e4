package org.chatroom.ui.internal.privates;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * Opens the private conversation with a member: one view per member, the member's name its secondary id. A
 * conversation follows its member's renames ({@link #renamed}): it is found by the name the member has now, and a
 * new member who takes the old name gets a conversation of its own ({@code name~2}). UI thread only.
 */
public final class PrivateChats {

    public static final String VIEW = "org.chatroom.ui.view.private";
    /** Lines a conversation keeps until the room answers them (a room that never answers leaves nothing growing). */
    static final int UNANSWERED = 64;

    /** The conversations created, by their member's name now (case-insensitive). */
    private static final Map<String, PrivateChatPart> BY_PEER = new HashMap<>();
    /** The conversations kept in the workspace ({@link ChatPreferences#KEEP_PRIVATES}); created when first used. */
    private static PrivateArchive archive;
    /** The server the client joins now, as {@link #server} named it. */
    private static String server = "";
    /** The unread counts of conversations opened again for the server ({@link ConversationsKept}), by member. */
    private static final Map<String, Integer> RESTORED = new HashMap<>();
    /** Whether {@link #closeAll} is closing the conversations (for another server: what was unread stays so). */
    private static boolean closingAll;

    private PrivateChats() {
    }

    /**
     * Shows the conversation with {@code name}, creating it when needed.
     *
     * @param activate whether it takes the focus (the user asked for it) or only appears (a message came in)
     */
    public static void open(String name, boolean activate) {
        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
        if (windows.length == 0 || windows[0].getActivePage() == null) {
            return;
        }
        IWorkbenchPage page = windows[0].getActivePage();
        String id = viewOf(name);
        try {
            // VIEW_VISIBLE, not VIEW_CREATE: a view created in a stack that is not shown has no part yet
            page.showView(VIEW, id, activate ? IWorkbenchPage.VIEW_ACTIVATE : IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            // made behind the tab in use (another conversation), the view is there, but the workbench finds no
            // IViewPart in it (it is an e4 part) and says "Abnormal Workbench Condition": taken as opened (thrown
            // on, it lost the message that opened the view and every event handed over with it)
            if (page.findViewReference(VIEW, id) == null) {
                throw new IllegalStateException(VIEW + " for " + name, e);
            }
        }
    }

    /**
     * Closes every conversation: the client joins another server, where the same names may be other people's. What
     * was said stays in the conversations kept for the server left ({@link ChatPreferences#KEEP_PRIVATES}).
     */
    public static void closeAll() {
        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
        if (windows.length == 0 || windows[0].getActivePage() == null) {
            return;
        }
        IWorkbenchPage page = windows[0].getActivePage();
        closingAll = true;
        try {
            for (IViewReference view : page.getViewReferences()) {
                if (VIEW.equals(view.getId())) {
                    page.hideView(view);
                }
            }
        } finally {
            closingAll = false;
        }
    }

    /** @return whether a conversation with {@code name} is open */
    public static boolean isOpen(String name) {
        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
        return windows.length > 0 && windows[0].getActivePage() != null
                && windows[0].getActivePage().findViewReference(VIEW, viewOf(name)) != null;
    }

    /**
     * The member {@code from} is called {@code to} now: their conversation, when one is open, is found by the new
     * name from now on (its view hears of the rename with the events and shows it), and so is what was kept of it.
     */
    static void renamed(String from, String to) {
        PrivateChatPart part = BY_PEER.remove(key(from));
        if (part != null) {
            BY_PEER.put(key(to), part);
            archive().renamed(from, to); // what was kept of it too
        }
    }

    /** The server the client joins now ({@code host:port}): the conversations kept are that server's. */
    public static void server(String key) {
        boolean other = !key.equals(server);
        server = key;
        archive().server(key);
        if (other && ChatPreferences.bool(ChatPreferences.KEEP_PRIVATES)) { // what was open there opens again
            ConversationsKept.of(key).forEach((peer, count) -> {
                RESTORED.put(key(peer), count);
                open(peer, false);
            });
        }
    }

    /** @return the unread count kept for the conversation with {@code peer}, opened again now; 0 for none */
    static int restored(String peer) {
        Integer count = RESTORED.remove(key(peer));
        return count == null ? 0 : count;
    }

    /** The conversation with {@code peer} has {@code count} unread lines now: kept for the next start. */
    static void unread(String peer, int count) {
        if (!server.isEmpty()) {
            ConversationsKept.set(server, peer, count);
        }
    }

    /** The conversation with {@code peer} is open: it opens again at the next start, unless the user closes it. */
    static void opened(String peer) {
        if (!server.isEmpty()) {
            ConversationsKept.open(server, peer);
        }
    }

    /** The user closed the conversation with {@code peer} (or it goes on under another name): it stays closed. */
    static void forget(String peer) {
        if (!server.isEmpty()) {
            ConversationsKept.closed(server, peer);
        }
    }

    /**
     * @return whether a conversation closing now was closed by the user (read, or dismissed), not by the window
     *         closing nor for another server
     */
    static boolean dismissed() {
        return !closingAll && !PlatformUI.getWorkbench().isClosing();
    }

    /** Keeps the private messages among {@code events}, when the preference asks for it. */
    static void keep(List<ChatEvent> events, String me) {
        if (ChatPreferences.bool(ChatPreferences.KEEP_PRIVATES)) {
            archive().keep(events, me);
        }
    }

    /**
     * @return what was said with {@code part}'s member on this server, kept from before, when the preference asks
     *         for it; nothing for a second conversation under one name (a newcomer who took a renamed member's name)
     */
    static List<ChatEvent> earlier(PrivateChatPart part) {
        if (!ChatPreferences.bool(ChatPreferences.KEEP_PRIVATES) || part.viewId().indexOf('~') >= 0) {
            return List.of();
        }
        return archive().earlier(part.peer());
    }

    /** @return the folder of the conversations kept: the bundle's state in the workspace, {@code privates} */
    public static Path archiveFolder() {
        return Platform.getStateLocation(FrameworkUtil.getBundle(PrivateChats.class)).toFile().toPath()
                .resolve("privates");
    }

    /**
     * The conversations kept, created on first use: what was kept is deleted then if the preference is off, and
     * whenever it is turned off later.
     */
    private static PrivateArchive archive() {
        if (archive == null) {
            archive = new PrivateArchive(archiveFolder());
            Display display = Display.getCurrent();
            InstanceScope.INSTANCE.getNode(ChatPreferences.NODE).addPreferenceChangeListener(event -> {
                if (ChatPreferences.KEEP_PRIVATES.equals(event.getKey()) && !display.isDisposed()) {
                    display.asyncExec(PrivateChats::forgetUnlessKept);
                }
            });
            forgetUnlessKept();
        }
        return archive;
    }

    private static void forgetUnlessKept() {
        if (!ChatPreferences.bool(ChatPreferences.KEEP_PRIVATES)) {
            archive.forget();
        }
    }

    static void created(PrivateChatPart part) {
        BY_PEER.put(key(part.peer()), part);
    }

    static void closed(PrivateChatPart part) {
        BY_PEER.values().remove(part);
    }

    /**
     * The secondary id of the view of the conversation with {@code name}: the one it has, else the name's own, or
     * with a number when a conversation whose member was renamed holds that.
     */
    private static String viewOf(String name) {
        PrivateChatPart part = BY_PEER.get(key(name));
        if (part != null) {
            return part.viewId();
        }
        Set<String> taken = new HashSet<>();
        BY_PEER.values().forEach(p -> taken.add(p.viewId()));
        String id = secondaryId(name);
        for (int n = 2; taken.contains(id); n++) {
            id = secondaryId(name) + "~" + n;
        }
        return id;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static String secondaryId(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8); // encodes '~' too: the number's mark is free
    }

    /** @return the secondary id from a part's element id {@code VIEW:secondaryId} */
    static String viewId(String elementId) {
        int colon = elementId.indexOf(':');
        return colon < 0 ? "" : elementId.substring(colon + 1);
    }

    /** @return the member's name from a view's secondary id (without its number, if it has one) */
    static String name(String viewId) {
        int mark = viewId.indexOf('~');
        return URLDecoder.decode(mark < 0 ? viewId : viewId.substring(0, mark), StandardCharsets.UTF_8);
    }
}
