package org.chatroom.client.internal;

import java.time.Instant;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatEvent.Kind;
import org.chatroom.protocol.OriginalProtocol;

/**
 * Reads what an original-protocol room sends, one received chunk at a time, into events. The original protocol has
 * no structure, so this recognises its fixed texts; anything else of the form {@code NAME: text} is a message.
 */
final class OriginalTexts {

    private static final String JOINED = " joined the chat";
    private static final String LEFT = " left the chat.";
    private static final String NOTICE = OriginalProtocol.notice("");
    private static final String ERROR = OriginalProtocol.error("");
    private static final String SEPARATOR = ": ";

    private OriginalTexts() {
    }

    /** @return the event for {@code text}, or {@code null} for the echo of our own {@code {quit}} */
    static ChatEvent read(String text, Instant now) {
        if (OriginalProtocol.isQuit(text)) {
            return null;
        }
        if (text.endsWith(JOINED) && text.length() > JOINED.length() && !text.contains(SEPARATOR)) {
            return new ChatEvent(Kind.JOIN, now, text.substring(0, text.length() - JOINED.length()), "", "");
        }
        if (text.endsWith(LEFT) && text.length() > LEFT.length() && !text.contains(SEPARATOR)) {
            return new ChatEvent(Kind.LEAVE, now, text.substring(0, text.length() - LEFT.length()), "", "");
        }
        if (text.startsWith(NOTICE)) {
            return new ChatEvent(Kind.NOTICE, now, "", "", text.substring(NOTICE.length()));
        }
        if (text.startsWith(ERROR)) {
            return new ChatEvent(Kind.ERROR, now, "", "", text.substring(ERROR.length()));
        }
        int separator = text.indexOf(SEPARATOR);
        if (separator > 0) {
            return new ChatEvent(Kind.MESSAGE, now, text.substring(0, separator), "",
                    text.substring(separator + SEPARATOR.length()));
        }
        return new ChatEvent(Kind.NOTICE, now, "", "", text);
    }
}
