package org.chatroom.ui.internal.rooms;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Ctrl+F: searches the history of the room shown, on the server (full text where its log has it), and lists the
 * results with their date, time and name, newest first, at most {@link RoomRequests#SEARCH_MAX}; a result
 * double-clicked (or Enter) is shown in the room's list, selected, its older messages loaded when the list does not go
 * back that far. Modeless: the chat goes on while it is open.
 */
public final class SearchDialog extends Dialog {

    public static final String SHELL = "search.dialog";
    public static final String WORDS = "search.words";
    public static final String GO = "search.go";
    public static final String RESULTS = "search.results";
    public static final String STATUS = "search.status";

    /** How long after a row is shown the dialog looks where it is, and again (the list scrolls when idle). */
    private static final int SCROLLED_MILLIS = 150;
    /** How many times the dialog looks where the row shown is, {@link #SCROLLED_MILLIS} apart. */
    private static final int LOOKS = 10;
    /** Pixels between the row shown and the dialog moved off it. */
    private static final int GAP = 8;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final RoomRequests requests;
    private final String room;
    private final String initial;
    private Text words;
    private Table results;
    private Label status;
    private final List<ChatEvent> listed = new ArrayList<>();

    SearchDialog(Shell parent, RoomRequests requests, String room, String initial) {
        super(parent);
        this.requests = requests;
        this.room = room;
        this.initial = initial;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(RoomTexts.searchTitle, room.isEmpty() ? RoomTexts.noRoom : room));
        shell.setData(WidgetIds.KEY, SHELL);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label prompt = new Label(area, SWT.WRAP);
        prompt.setText(room.isEmpty() ? RoomTexts.searchNoRoom : NLS.bind(RoomTexts.searchPrompt, room));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(prompt);
        words = new Text(area, SWT.SINGLE | SWT.BORDER | SWT.SEARCH);
        words.setText(initial);
        words.setData(WidgetIds.KEY, WORDS);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(words);
        words.addListener(SWT.DefaultSelection, e -> run());
        Button go = new Button(area, SWT.PUSH);
        go.setText(RoomTexts.searchButton);
        go.setData(WidgetIds.KEY, GO);
        go.setEnabled(!room.isEmpty());
        go.addListener(SWT.Selection, e -> run());
        results = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        DialogTables.headers(results);
        results.setData(WidgetIds.KEY, RESULTS);
        results.addListener(SWT.DefaultSelection, e -> reveal());
        DialogTables.column(results, RoomTexts.searchColumnTime, 150);
        DialogTables.column(results, RoomTexts.searchColumnName, 100);
        DialogTables.column(results, RoomTexts.searchColumnMessage, 360);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(620, 260).applyTo(results);
        status = new Label(area, SWT.WRAP); // two lines: what it says of a room that cannot be searched was cut off
        status.setData(WidgetIds.KEY, STATUS);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(620, convertHeightInCharsToPixels(2))
                .applyTo(status);
        String unsearchable = unsearchable();
        if (!room.isEmpty() && !unsearchable.isEmpty()) { // said at once: it was said after the words were typed
            status.setText(unsearchable);
            words.setEnabled(false);
            go.setEnabled(false);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        close();
    }

    /** Searches for the words in the field (Enter or Search do the same). */
    void run() {
        String query = words.getText().strip();
        if (query.isEmpty() || room.isEmpty()) {
            return;
        }
        results.removeAll();
        listed.clear();
        String unsearchable = unsearchable();
        String refused = !unsearchable.isEmpty() ? unsearchable
                : requests.online() ? RoomTexts.notInRoom : RoomTexts.searchNotConnected; // waiting would not help
        status.setText(requests.search(query, this::found) ? RoomTexts.searchRunning : refused);
    }

    /** @return why the room cannot be searched over this connection (an IRC network's), empty when it can */
    private String unsearchable() {
        return !requests.keepsHistory() ? NLS.bind(RoomTexts.searchNoHistory, room)
                : !requests.searchesHistory() ? NLS.bind(RoomTexts.searchNotOverIrc, room) : "";
    }

    private void found(List<ChatEvent> events) {
        if (results.isDisposed()) {
            return;
        }
        if (events.isEmpty()) {
            status.setText(RoomTexts.format(RoomTexts.searchFound, listed.size(), RoomRequests.SEARCH_MAX));
            return;
        }
        for (ChatEvent event : events) {
            TableItem item = new TableItem(results, SWT.NONE);
            String text = event.kind() == Kind.ACTION ? event.from() + " " + event.text() : event.text();
            item.setText(new String[] { WHEN.format(event.time()), event.from(), text });
            listed.add(event);
        }
    }

    /**
     * Moves the dialog below the row it showed, or above it where the screen has no room below, when it covers it:
     * the dialog stands over the list, where the row was selected out of sight.
     */
    private void keepClearOfTheRowShown(int looks) {
        Shell shell = getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        if (looks > 1) { // and again: the list scrolls when the UI thread is idle, in steps as rows come above
            shell.getDisplay().timerExec(SCROLLED_MILLIS, () -> keepClearOfTheRowShown(looks - 1));
        }
        Rectangle row = requests.selectedArea(room);
        if (row == null || !shell.getBounds().intersects(row)) {
            return;
        }
        Rectangle dialog = shell.getBounds();
        Rectangle screen = shell.getMonitor().getClientArea();
        int below = row.y + row.height + GAP;
        int above = row.y - dialog.height - GAP;
        if (below + dialog.height <= screen.y + screen.height) {
            shell.setLocation(dialog.x, below);
        } else if (above >= screen.y) {
            shell.setLocation(dialog.x, above);
        }
    }

    /** Shows the result selected in the room's list. */
    private void reveal() {
        int index = results.getSelectionIndex();
        if (index < 0 || index >= listed.size()) {
            return;
        }
        requests.reveal(room, listed.get(index), how -> {
            Shell shell = getShell();
            if (how == RoomRequests.Revealed.SHOWN && shell != null && !shell.isDisposed()) {
                // once GTK has scrolled the list (it does so when idle): where the row is now
                shell.getDisplay().timerExec(SCROLLED_MILLIS, () -> keepClearOfTheRowShown(LOOKS));
            }
            if (!status.isDisposed()) {
                status.setText(switch (how) {
                case SHOWN -> NLS.bind(RoomTexts.searchShown, room);
                case LOADING -> NLS.bind(RoomTexts.searchLoading, room);
                case TOO_FAR -> RoomTexts.format(RoomTexts.searchTooFar, RoomRequests.REVEAL_PAGES * RoomRequests.PAGE,
                        room);
                case NOT_SHOWN -> NLS.bind(RoomTexts.searchNotShown, room);
                });
            }
        });
    }
}
