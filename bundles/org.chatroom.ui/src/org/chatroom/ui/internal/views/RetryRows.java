package org.chatroom.ui.internal.views;

import org.chatroom.api.client.RetryCount;
import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.bridge.StateChange;
import org.eclipse.osgi.util.NLS;

/**
 * Which of a connection's retries the message list shows ({@link RetryCount}: a row for each went to every tab, about
 * 1,000 a tab in a night): the change that began the outage, then the failed tries numbered 1, 2, 4, 8 and so on,
 * about a dozen rows in a night. The status line follows every try.
 */
final class RetryRows {

    private final RetryCount count = new RetryCount();

    /**
     * @param change a change of the connection's state, in the order the client made them
     * @param text   what the list would say of it
     * @return what the list says of it, or {@code null} when it skips it (a retry between the numbered ones)
     */
    String row(StateChange change, String text) {
        int tries = count.next(change.state());
        if (!RetryCount.shown(tries)) {
            return null;
        }
        return RetryCount.numbered(tries) ? NLS.bind(Messages.stateTries, text, tries) : text;
    }
}
