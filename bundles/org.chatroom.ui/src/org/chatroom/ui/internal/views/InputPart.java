package org.chatroom.ui.internal.views;

import org.chatroom.api.client.ChatClient;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.Topics;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The input line: Enter or Send sends, Up/Down recall earlier lines. Text that could not be sent stays in the
 * field and the message list says so; nothing typed is lost silently.
 */
public final class InputPart {

    private static final int HISTORY = 200;

    private final InputHistory history = new InputHistory(HISTORY);
    private Text text;

    @Inject
    @Optional
    private ChatClient client;

    @Inject
    private IEventBroker broker;

    @PostConstruct
    void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        text = new Text(parent, SWT.SINGLE | SWT.BORDER);
        text.setMessage(Messages.inputHint);
        text.setData(WidgetIds.KEY, WidgetIds.INPUT);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(text);
        Button send = new Button(parent, SWT.PUSH);
        send.setText(Messages.sendButton);
        send.setData(WidgetIds.KEY, WidgetIds.SEND);
        text.addListener(SWT.DefaultSelection, e -> send());
        send.addListener(SWT.Selection, e -> send());
        text.addListener(SWT.KeyDown, this::recall);
    }

    @Focus
    void setFocus() {
        text.setFocus();
    }

    private void send() {
        String line = text.getText();
        if (line.isBlank()) {
            return;
        }
        if (client != null && client.send(line)) {
            history.add(line);
            text.setText("");
        } else {
            broker.post(Topics.NOTICE, client == null ? Messages.noClient : Messages.notSent);
        }
        text.setFocus();
    }

    private void recall(Event event) {
        String current = text.getText();
        String replacement;
        if (event.keyCode == SWT.ARROW_UP) {
            replacement = history.older(current);
        } else if (event.keyCode == SWT.ARROW_DOWN) {
            replacement = history.newer(current);
        } else {
            return;
        }
        event.doit = false;
        text.setText(replacement);
        text.setSelection(replacement.length());
    }
}
