package org.chatroom.ui.internal.views;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.chatroom.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * A line to type in and its Send button: Enter or Send hands the line to {@code sender} (which returns whether it
 * took it; if not the text stays), Up/Down recall earlier lines, Tab completes names and commands. A paste of several
 * lines is said line by line ({@link PastedLines}).
 */
final class InputLine {

    private static final int HISTORY = 200;

    private final InputHistory history = new InputHistory(HISTORY);
    private final Completer completer = new Completer();
    private final Text text;
    private final Predicate<String> sender;
    private final UnaryOperator<String> pasted;
    private final Supplier<List<String>> members;

    /**
     * @param sender  takes a line typed (a command when it starts with /), returning whether it took it
     * @param pasted  how a line of a paste of several is typed to be said as a message, never run as a command
     * @param members the names Tab completes
     */
    InputLine(Composite parent, String hint, String[] ids, Predicate<String> sender, UnaryOperator<String> pasted,
            Supplier<List<String>> members) {
        this.sender = sender;
        this.pasted = pasted;
        this.members = members;
        GridLayoutFactory.swtDefaults().numColumns(2).margins(4, 2).applyTo(parent);
        text = new Text(parent, SWT.SINGLE | SWT.BORDER);
        text.setMessage(hint);
        text.setData(WidgetIds.KEY, ids[0]);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(text);
        Button send = new Button(parent, SWT.PUSH);
        send.setText(Messages.sendButton);
        send.setData(WidgetIds.KEY, ids[1]);
        text.addListener(SWT.DefaultSelection, e -> send());
        send.addListener(SWT.Selection, e -> send());
        text.addListener(SWT.KeyDown, this::recall);
        text.addListener(SWT.Traverse, this::complete);
    }

    Text text() {
        return text;
    }

    /**
     * What is typed here and not sent is kept when the line goes, under the key {@code key} gives then, and given back
     * next time.
     */
    void keepDraft(Supplier<String> key) {
        Drafts.keep(text, key);
    }

    /** What is typed is kept under {@code from}; the line shows the draft kept under {@code to}. */
    void switchDraft(String from, String to) {
        Drafts.switchTo(text, from, to);
    }

    void setFocus() {
        text.setFocus();
    }

    void hint(String hint) {
        text.setMessage(hint);
    }

    /** Puts {@code line} back into the field when the field is empty (nothing typed since). */
    void giveBack(String line) {
        if (text.getText().isEmpty()) {
            text.setText(line);
            text.setSelection(line.length());
        }
    }

    /** Puts "NAME: " before what the field holds, unless it starts so already, and the caret at the end. */
    void mention(String name) {
        String start = name + ": ";
        String current = text.getText();
        text.setText(current.startsWith(start) ? current : start + current);
        text.setSelection(text.getText().length());
    }

    private void send() {
        String typed = text.getText();
        List<String> lines = PastedLines.of(typed);
        if (lines.isEmpty()) {
            return;
        }
        if (lines.size() == 1) {
            if (sender.test(lines.get(0))) {
                history.add(lines.get(0));
                text.setText("");
            }
        } else {
            List<String> unsent = PastedLines.send(text.getShell(), lines, line -> sender.test(pasted.apply(line)));
            if (unsent.size() < lines.size()) {
                history.add(typed);
            }
            text.setText(String.join("\n", unsent)); // what was not sent stays, and only that
        }
        text.setFocus();
    }

    private void complete(Event event) {
        if (event.detail != SWT.TRAVERSE_TAB_NEXT) {
            return;
        }
        event.doit = false; // Tab completes instead of leaving the field
        Completer.Result result = completer.complete(text.getText(), text.getCaretPosition(), members.get());
        if (result != null) {
            text.setText(result.text());
            text.setSelection(result.caret());
        }
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
