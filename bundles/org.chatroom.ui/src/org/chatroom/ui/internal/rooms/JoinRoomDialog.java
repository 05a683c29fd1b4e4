package org.chatroom.ui.internal.rooms;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.RoomListing;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.event.EventHandler;

/**
 * Chat > Join Room... (Ctrl+J): the server's rooms (IRC channels on an IRC network) with their members and topics,
 * asked for as the dialog opens; picking one fills in its name, a double click joins it, and a room not listed can be
 * typed, which the dialog offers to create (joining it was refused: "There is no room called ..."). Against a
 * server without a room list only the name field is offered. Modal, as the name dialog it replaces; {@code open()}
 * returns at once, and the rooms' events go on arriving behind it.
 */
public final class JoinRoomDialog extends Dialog {

    public static final String SHELL = "join.room.dialog";
    public static final String ROOMS = "join.rooms";
    public static final String NAME = "join.name";
    public static final String STATUS = "join.status";

    private final ChatClient client;
    private final IEventBroker broker;
    /** Gets the line to send: {@code /join ROOM}, or {@code /create ROOM}. */
    private final Consumer<String> onJoin;
    private final EventHandler onListed = event -> listed(event.getProperty(Topics.DATA));
    private Table rooms;
    private Text name;
    private Label status;
    /** What the status says of the list, shown again once a name typed is valid. */
    private String listState = "";
    /** The rooms' names as the server listed them, lower case and without an IRC channel's {@code #}; null before. */
    private Set<String> listed;

    JoinRoomDialog(Shell parent, ChatClient client, IEventBroker broker, Consumer<String> onJoin) {
        super(parent);
        this.client = client;
        this.broker = broker;
        this.onJoin = onJoin;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.APPLICATION_MODAL);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(RoomTexts.joinTitle);
        shell.setData(WidgetIds.KEY, SHELL);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        rooms = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        DialogTables.headers(rooms);
        rooms.setData(WidgetIds.KEY, ROOMS);
        DialogTables.column(rooms, RoomTexts.joinColumnRoom, 160);
        DialogTables.column(rooms, RoomTexts.joinColumnMembers, 80);
        DialogTables.column(rooms, RoomTexts.joinColumnTopic, 320);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(580, 220).applyTo(rooms);
        rooms.addListener(SWT.Selection, e -> {
            if (rooms.getSelectionCount() == 1) {
                name.setText(((RoomListing) rooms.getSelection()[0].getData()).name());
            }
        });
        rooms.addListener(SWT.DefaultSelection, e -> {
            if (problem() == null) {
                okPressed();
            }
        });
        Label prompt = new Label(area, SWT.NONE);
        prompt.setText(RoomTexts.joinPrompt);
        name = new Text(area, SWT.SINGLE | SWT.BORDER);
        name.setData(WidgetIds.KEY, NAME);
        name.setMessage(RoomTexts.joinHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        name.addListener(SWT.Modify, e -> validate());
        status = new Label(area, SWT.WRAP);
        status.setData(WidgetIds.KEY, STATUS);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(580, SWT.DEFAULT).applyTo(status);
        broker.subscribe(Topics.ROOMS_LISTED, onListed);
        area.addDisposeListener(e -> broker.unsubscribe(onListed));
        listState = client.listRooms() ? RoomTexts.joinAsking : RoomTexts.joinNoList;
        status.setText(listState);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(RoomTexts.joinButton);
        validate();
        name.setFocus(); // typing a name is at hand; the list's type-ahead took what was typed and picked a room
    }

    /** Sends {@code /join ROOM}, or {@code /create ROOM} for a room the server's list does not have. */
    @Override
    protected void okPressed() {
        String chosen = name.getText().strip();
        boolean create = creates();
        super.okPressed();
        onJoin.accept((create ? "/create " : "/join ") + chosen);
    }

    /** Whether the name typed is of no room the server listed (a list came): Join would be refused, Create makes it. */
    private boolean creates() {
        return listed != null && problem() == null && !listed.contains(bare(name.getText().strip()));
    }

    private static String bare(String room) {
        return (room.startsWith("#") ? room.substring(1) : room).toLowerCase(Locale.ROOT);
    }

    /** The server's answer (on the UI thread): the rooms in its order, the user's choice kept. */
    private void listed(Object data) {
        if (rooms == null || rooms.isDisposed() || !(data instanceof List<?> list)) {
            return;
        }
        rooms.removeAll();
        listed = new HashSet<>();
        for (Object each : list) {
            RoomListing room = (RoomListing) each;
            listed.add(bare(room.name()));
            TableItem item = new TableItem(rooms, SWT.NONE);
            item.setText(new String[] { room.name(), String.valueOf(room.members()), room.topic() });
            item.setData(room);
        }
        listState = RoomTexts.format(RoomTexts.joinListed, list.size());
        validate();
    }

    private String problem() {
        return RoomNameDialog.problem(name.getText());
    }

    /**
     * Join is offered for a name that could be a room's, Create for one the server's list does not have (joining it
     * was refused: "There is no room called ..."); the reason shows under the list while typing.
     */
    private void validate() {
        Button join = getButton(IDialogConstants.OK_ID);
        String problem = problem();
        boolean create = creates();
        if (join != null) {
            join.setEnabled(problem == null);
            join.setText(create ? RoomTexts.joinCreateButton : RoomTexts.joinButton);
            join.getParent().layout(true);
        }
        status.setText(problem != null && !name.getText().isEmpty() ? problem
                : create ? RoomTexts.format(RoomTexts.joinCreates, name.getText().strip()) : listState);
        status.getParent().layout(true);
    }
}
