package org.chatroom.ui.internal.handlers;

import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.views.ViewTexts;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;

/** Help > Commands: the commands the input line takes, in the list, as {@code /help} shows them. */
public final class HelpHandler {

    @Execute
    public void execute(IEventBroker broker) {
        ViewTexts.helpLines().forEach(line -> broker.post(Topics.NOTICE, line));
    }
}
