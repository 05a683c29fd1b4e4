package org.chatroom.ui.internal.views;

import java.text.MessageFormat;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Shown while the user reads older rows: how many were said since, and a button back to the newest. */
final class JumpBar {

    private final Composite bar;
    private final Label count;
    private final MessageTable table;

    JumpBar(Composite parent, MessageTable table) {
        this.table = table;
        bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 0;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        count = new Label(bar, SWT.NONE);
        count.setData(WidgetIds.KEY, WidgetIds.JUMP_COUNT);
        GridData countSize = new GridData(SWT.FILL, SWT.CENTER, true, false);
        countSize.widthHint = 1; // the room the button leaves: its whole text ran under the button in a narrow list
        count.setLayoutData(countSize);
        Button jump = new Button(bar, SWT.PUSH);
        jump.setText(ViewTexts.jumpToLatest);
        jump.setData(WidgetIds.KEY, WidgetIds.JUMP);
        jump.addListener(SWT.Selection, e -> table.jumpToLatest());
        table.onFollowChange(this::update);
        update();
    }

    private void update() {
        if (bar.isDisposed()) {
            return;
        }
        boolean visible = !table.following();
        // short: where the list is narrow, the button cut "You are reading older messages; new ones" mid-sentence
        count.setText(table.missed() == 0 ? ViewTexts.readingOlder
                : MessageFormat.format(ViewTexts.newBelow, table.missed()));
        count.setToolTipText(table.missed() == 0 ? ViewTexts.readingOlderTip : count.getText());
        GridData data = (GridData) bar.getLayoutData();
        if (data.exclude == visible) {
            data.exclude = !visible;
            bar.setVisible(visible);
            bar.getParent().layout(true);
        } else if (visible) {
            bar.layout(true);
        }
    }
}
