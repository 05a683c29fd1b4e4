package org.chatroom.ui.internal.app;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.room.GatewayAddresses;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.StateChange;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.views.StateText;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.action.ContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.osgi.service.event.EventHandler;

/** The status line: connection state (with the client's reason) and, while hosting, where others connect (IRC too). */
final class ConnectionStatusItem extends ContributionItem {

    /** The narrowest a label of the status line gets. */
    private static final int MIN_WIDTH = 160;

    private final IEclipseContext context;
    /** What the hosting label shows; kept because the status line may fill this item again. */
    private String hostingText = Messages.notHosting;
    /** The same without its explanation, shown when the line is too narrow for it ("Hosting: 192.0.2.2:53000"). */
    private String hostingShort = Messages.notHosting;
    /** The status line's words for states: a retry before the client ever joined is no lost connection. */
    private final StateText words = new StateText();

    ConnectionStatusItem(IEclipseContext context) {
        super("org.chatroom.ui.status");
        this.context = context;
    }

    @Override
    public void fill(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 0;
        box.setLayout(layout);
        Label state = label(box, WidgetIds.STATUS);
        Label hosting = label(box, WidgetIds.HOSTING);

        // handlers of these labels only: a second fill() gets its own, removed with its own labels
        IEventBroker broker = context.get(IEventBroker.class);
        EventHandler onState = event -> {
            showState(state, (StateChange) event.getProperty(Topics.DATA));
            refreshCommands(broker);
        };
        EventHandler onHosting = event -> {
            String where = (String) event.getProperty(Topics.DATA);
            hostingText = where.isEmpty() ? Messages.notHosting : NLS.bind(Messages.hostingOn, where);
            hostingShort = where.isEmpty() ? Messages.notHosting : NLS.bind(Messages.hostingOnShort, where);
            showHosting(hosting);
            refreshCommands(broker);
        };
        EventHandler onIrc = event -> {
            if (!hostingText.equals(Messages.notHosting)) {
                hostingText = withIrc(hostingText, (GatewayAddresses) event.getProperty(Topics.DATA));
                hostingShort = withIrc(hostingShort, (GatewayAddresses) event.getProperty(Topics.DATA));
                showHosting(hosting);
            }
        };
        EventHandler onRenamed = event -> show(state,
                NLS.bind(Messages.stateConnectedAs, (String) event.getProperty(Topics.DATA)));
        broker.subscribe(Topics.STATE, null, onState, false);
        broker.subscribe(Topics.HOSTING, null, onHosting, false);
        broker.subscribe(Topics.HOSTING_IRC, null, onIrc, false);
        broker.subscribe(NickFollower.RENAMED, null, onRenamed, false);
        box.addDisposeListener(e -> {
            broker.unsubscribe(onState);
            broker.unsubscribe(onHosting);
            broker.unsubscribe(onIrc);
            broker.unsubscribe(onRenamed);
        });
        // the state read once the handlers listen: a change in between is posted to them. Read before, a connect that
        // completed while the first fill laid the line out was never shown ("Connecting..." beside a joined room)
        ChatClient client = context.get(ChatClient.class);
        showState(state, new StateChange(client == null ? ConnectionState.DISCONNECTED : client.state(), ""));
        showHosting(hosting);
        Composite line = box.getParent();
        Listener resized = e -> showHosting(hosting); // the window made narrower or wider
        line.addListener(SWT.Resize, resized);
        box.addDisposeListener(e -> {
            if (!line.isDisposed()) {
                line.removeListener(SWT.Resize, resized);
            }
        });
    }

    /**
     * Shows where others connect, whole: with its explanation when the line has the room for it, else without (at
     * 640 pixels the line cut the address to "192.0.2.2:56"); the tooltip says it all.
     */
    private void showHosting(Label hosting) {
        if (hosting.isDisposed()) {
            return;
        }
        show(hosting, hostingText, hostingText);
        Composite box = hosting.getParent();
        if (!hostingShort.equals(hostingText)
                && box.getLocation().x + box.getSize().x > box.getParent().getClientArea().width) {
            show(hosting, hostingShort, hostingText);
        }
    }

    /** {@code hosting} and the ports IRC clients connect to. */
    private static String withIrc(String hosting, GatewayAddresses irc) {
        String port = String.valueOf(irc.address().getPort());
        return irc.tls().map(tls -> NLS.bind(Messages.hostingOnIrcTls,
                new Object[] { hosting, port, String.valueOf(tls.getPort()) }))
                .orElseGet(() -> NLS.bind(Messages.hostingOnIrc, hosting, port));
    }

    /** Menu and tool bar items re-ask their handlers whether they apply (Connect, Stop Hosting, ...). */
    private static void refreshCommands(IEventBroker broker) {
        broker.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
    }

    private void showState(Label label, StateChange change) {
        ChatClient client = context.get(ChatClient.class);
        String full = words.describe(change); // notes the state as words() does: the second call changes nothing
        String text = words.words(change);
        boolean named = change.state() == ConnectionState.CONNECTED && client != null;
        // the reason is in the tooltip and the message list: in the line it was cut at the label's width
        show(label, named ? NLS.bind(Messages.stateConnectedAs, client.nickname()) : text, full);
    }

    private static Label label(Composite box, String id) {
        Label label = new Label(box, SWT.NONE);
        label.setData(WidgetIds.KEY, id);
        label.setLayoutData(new GridData());
        return label;
    }

    private static void show(Label label, String text) {
        show(label, text, text);
    }

    /**
     * Shows {@code text} whole: the label takes the width it needs, at least {@value #MIN_WIDTH} pixels (so that short
     * states do not move the line about), and the status line is laid out again when that changed (fixed widths of
     * 260 and 360 pixels cut the hosting address in a 700-pixel window, beside an empty part of the line).
     */
    private static void show(Label label, String text, String tooltip) {
        if (label.isDisposed()) {
            return;
        }
        label.setText(text);
        label.setToolTipText(tooltip);
        GridData data = (GridData) label.getLayoutData();
        int width = Math.max(MIN_WIDTH, label.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x);
        if (data.widthHint != width) {
            data.widthHint = width;
            Composite line = label.getParent().getParent();
            line.layout(true, true);
        }
    }
}
