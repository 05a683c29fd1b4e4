package org.chatroom.ui.internal.privates;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.notify.WindowAttention;
import org.chatroom.ui.internal.theme.LookFollower;
import org.chatroom.ui.internal.views.Conversation;
import org.chatroom.ui.internal.views.IgnoreCommands;
import org.chatroom.ui.internal.views.LinkLauncher;
import org.chatroom.ui.internal.views.MessageRow;
import org.chatroom.ui.internal.views.MessageRow.Style;
import org.chatroom.ui.internal.views.RowFormatter;
import org.chatroom.ui.internal.views.TypedLine;
import org.chatroom.ui.internal.views.ViewTexts;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * A private conversation with one member, apart from the room: what each said to the other, an input line that
 * sends privately, and its own unread count in its tab while it is not the active view (read when the user comes
 * back to the window while it is in view, as the room shown is). A private message counts here only (never in a
 * room's tab); the window's total includes it ({@link Topics#CONVERSATION_UNREAD}), and one that comes while the
 * window is not focused raises a notification. It opens with what was said with the member
 * before, when this computer kept it ({@link PrivateArchive}).
 */
public final class PrivateChatPart {

    private final RowFormatter formatter = new RowFormatter();
    private Conversation conversation;
    private Shell shell;
    private String viewId;
    private String peer;
    private int unread;
    /** What was typed here and sent, until the room delivers it (it comes back) or refuses it; oldest first. */
    private final Deque<String> sent = new ArrayDeque<>();
    /** The count last told to the window's total. */
    private int published;
    /** What the conversation said last of its member's leaves and joins. */
    private final PeerPresence presence = new PeerPresence();
    private final Listener back = e -> cameBack();

    @Inject
    @Optional
    private ChatClient client;

    @Inject
    private IEventBroker broker;

    @Inject
    @Optional
    private LinkLauncher launcher;

    @Inject
    private MPart part;

    @Inject
    private EPartService parts;

    @PostConstruct
    void createControls(Composite parent) {
        viewId = PrivateChats.viewId(part.getElementId());
        peer = PrivateChats.name(viewId);
        PrivateChats.created(this);
        shell = parent.getShell();
        shell.addListener(SWT.Activate, back);
        conversation = new Conversation(parent, NLS.bind(ViewTexts.privateHint, peer), this::send,
                line -> "/msg " + peer + " " + line, () -> launcher == null ? LinkLauncher.SYSTEM : launcher);
        conversation.keepDraft(peer);
        LookFollower.follow(parent);
        List<ChatEvent> earlier = PrivateChats.earlier(this); // now: before the message that opens it is kept
        int unreadBefore = PrivateChats.restored(peer); // opened again at a start: what was not read then
        PrivateChats.opened(peer);
        parent.getDisplay().asyncExec(() -> {
            showEarlier(earlier, unreadBefore); // once the list has its width, which its lines are broken for
            showUnread(); // after the workbench named the new view
        });
    }

    /**
     * What was said with the member before, kept on this computer: dimmed, with a line under it; the last
     * {@code unreadBefore} lines of the member, which the user had not read, below that line and a "new messages"
     * marker, as new.
     */
    private void showEarlier(List<ChatEvent> earlier, int unreadBefore) {
        if (earlier.isEmpty() || conversation == null) {
            return;
        }
        int split = earlier.size();
        for (int i = earlier.size() - 1, left = unreadBefore; i >= 0 && left > 0; i--) {
            if (earlier.get(i).from().equalsIgnoreCase(peer)) {
                split = i;
                left--;
            }
        }
        String me = client == null ? "" : client.nickname();
        List<MessageRow> rows = new ArrayList<>(earlier.size() + 1);
        for (ChatEvent event : earlier.subList(0, split)) {
            rows.add(formatter.conversation(event, me).styled(Style.HISTORY));
        }
        if (!rows.isEmpty()) {
            rows.add(new MessageRow(rows.get(rows.size() - 1).time(), "", ViewTexts.privateEarlier, Style.NOTICE));
        }
        if (split < earlier.size()) { // where the user left off, as in a room
            String time = formatter.conversation(earlier.get(split), me).time();
            rows.add(new MessageRow(time, "", ViewTexts.newMessagesMarker, Style.MARKER));
        }
        for (ChatEvent event : earlier.subList(split, earlier.size())) {
            rows.add(formatter.conversation(event, me));
            unread += event.from().equalsIgnoreCase(peer) ? 1 : 0;
        }
        conversation.append(rows);
    }

    /** The member this conversation is with: the name they have now. */
    public String peer() {
        return peer;
    }

    /** The view's secondary id: the member's name when the conversation opened (and a number, see PrivateChats). */
    String viewId() {
        return viewId;
    }

    @PreDestroy
    void closed() {
        PrivateChats.closed(this);
        if (PrivateChats.dismissed()) { // closed by the user: nothing to open again
            PrivateChats.forget(peer);
        }
        if (!shell.isDisposed()) {
            shell.removeListener(SWT.Activate, back);
        }
        if (published != 0) {
            broker.post(Topics.CONVERSATION_UNREAD, new ConversationUnread(peer, 0));
        }
    }

    /** The user came back to the window: a conversation in view is read (its count stayed until clicked into). */
    private void cameBack() {
        if (conversation != null && parts.isPartVisible(part)) {
            unread = 0;
            showUnread();
        }
    }

    @Focus
    void setFocus() {
        unread = 0;
        showUnread();
        conversation.setFocus();
    }

    @Inject
    @Optional
    void events(@UIEventTopic(Topics.PRIVATE) List<ChatEvent> events) {
        if (conversation == null) {
            return;
        }
        String me = client == null ? "" : client.nickname();
        List<MessageRow> rows = new ArrayList<>();
        MessageRow latestIn = null;
        for (ChatEvent event : events) {
            if (event.kind() == Kind.ERROR && event.to().equalsIgnoreCase(peer)) {
                rows.add(formatter.format(event, me));
                String unsent = sent.poll();
                if (unsent != null) {
                    conversation.giveBack(unsent); // what the user typed is not lost
                }
                continue;
            }
            if ((event.kind() == Kind.LEAVE || event.kind() == Kind.JOIN) && event.from().equalsIgnoreCase(peer)) {
                if (presence.told(event, event.kind() == Kind.LEAVE && stillShared())) {
                    rows.add(formatter.format(event, me)); // "bob left the chat (connection lost)", "bob joined ..."
                }
                continue;
            }
            if (event.kind() == Kind.NICK && event.from().equalsIgnoreCase(peer) && !event.text().isEmpty()) {
                rows.add(formatter.format(event, me)); // "maria is now known as Maria_2", once (one per room came)
                renamed(event.text());
                continue;
            }
            boolean in = event.from().equalsIgnoreCase(peer) && !event.to().equalsIgnoreCase(peer);
            boolean out = event.from().equalsIgnoreCase(me) && event.to().equalsIgnoreCase(peer);
            if (event.kind() == Kind.PRIVATE && out) {
                sent.remove(event.text()); // delivered
            }
            if (event.kind() == Kind.PRIVATE && (in || out)) {
                MessageRow row = formatter.conversation(event, me);
                rows.add(row);
                unread += in ? 1 : 0;
                latestIn = in ? row : latestIn;
            }
        }
        conversation.append(rows);
        showUnread();
        if (latestIn != null && WindowAttention.away(shell)) {
            broker.post(Topics.ALERT, new MessageRow(latestIn.time(), peer, latestIn.text(), Style.PRIVATE));
        }
    }

    /**
     * The member list has the member, after the conversation said they left: they are back, though no join of theirs
     * came (they were there again before the user's own reconnect).
     */
    @Inject
    @Optional
    void members(@UIEventTopic(Topics.MEMBERS) List<String> members) {
        if (conversation == null || members.stream().noneMatch(peer::equalsIgnoreCase)) {
            return;
        }
        ChatEvent back = new ChatEvent(Kind.JOIN, Instant.now(), peer, "", "");
        if (presence.told(back, false)) {
            conversation.append(List.of(formatter.format(back, client == null ? "" : client.nickname())));
        }
    }

    /** @return whether the member is in one of the rooms the user is in, as the rooms' member lists stand now */
    private boolean stillShared() {
        if (client == null) {
            return false;
        }
        List<String> rooms = client.rooms();
        Stream<List<String>> lists = rooms.isEmpty() ? Stream.of(client.members()) : rooms.stream().map(client::members);
        return lists.anyMatch(members -> members.stream().anyMatch(peer::equalsIgnoreCase));
    }

    /** The member took another name: the conversation goes on with it (what is typed here goes to the new name). */
    private void renamed(String name) {
        if (published != 0) { // the window's total counts by name
            broker.post(Topics.CONVERSATION_UNREAD, new ConversationUnread(peer, 0));
            published = 0;
        }
        PrivateChats.forget(peer);
        peer = name;
        PrivateChats.opened(peer);
        conversation.hint(NLS.bind(ViewTexts.privateHint, peer));
    }

    private boolean send(String line) {
        if (IgnoreCommands.handles(line)) {
            broker.post(Topics.NOTICE, IgnoreCommands.run(line, client == null ? "" : client.nickname()));
            return true;
        }
        TypedLine typed = TypedLine.of(line);
        if (typed.forTheRoomShown() && !typed.verb().isEmpty()) { // it went to the room typed in last
            tell(NLS.bind(ViewTexts.privateNotSent, typed.verb(), peer));
            return false;
        }
        String said = line.startsWith("//") ? line.substring(1) : line; // text, even when it starts with a slash
        if (client != null && client.send(typed.verb().isEmpty() ? "/msg " + peer + " " + said : line)) {
            if (typed.verb().isEmpty()) {
                if (sent.size() == PrivateChats.UNANSWERED) {
                    sent.poll();
                }
                sent.add(said); // until the room answers: delivered, or refused (given back)
            }
            return true;
        }
        tell(Messages.notSent);
        return false;
    }

    /**
     * Says {@code text} in this conversation, under the line it is about (said in the room's tab, it was out of sight
     * while the user typed here, and read as if about the room).
     */
    private void tell(String text) {
        if (conversation != null) {
            conversation.append(List.of(formatter.local(text)));
        }
    }

    private void showUnread() {
        if (conversation == null) {
            return;
        }
        if (parts.getActivePart() == part) {
            unread = 0;
        }
        part.setLabel(unread == 0 ? NLS.bind(ViewTexts.privateTitle, peer)
                : NLS.bind(ViewTexts.privateTitleUnread, peer, unread));
        if (unread != published) {
            published = unread;
            broker.post(Topics.CONVERSATION_UNREAD, new ConversationUnread(peer, unread));
            PrivateChats.unread(peer, unread); // opened again at the next start while not read
        }
    }
}
