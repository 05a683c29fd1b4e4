package org.chatroom.ui.internal.bridge;

import java.time.Instant;

/**
 * A notice of this client posted on {@link Topics#NOTICE} with the time it was written, for a notice that comes
 * before what the client then reports (hosting, connecting): stamped when the window showed it, it could read a
 * second later than the client's first line below it.
 */
public record LocalNotice(Instant time, String text) {
}
