package org.chatroom.client.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The members written to privately whose message the server has not answered yet, in order: the server echoes a
 * private message it delivered to its sender, and refuses one for a name nobody has ({@code NO_SUCH_MEMBER}, naming
 * the name). An error names no line, so the refusal is tied to the message it answers here, and a UI can say it in
 * the conversation with that member. Bounded ({@link #MAX}): a server that does not echo leaves nothing growing.
 */
final class PrivateSends {

    static final int MAX = 64;

    private final Deque<String> awaiting = new ArrayDeque<>();

    /** A private message to {@code to} was sent. */
    void sent(String to) {
        if (awaiting.size() == MAX) {
            awaiting.poll();
        }
        awaiting.add(to);
    }

    /** The server echoed a private message to {@code to}: delivered. */
    void delivered(String to) {
        remove(to, false);
    }

    /**
     * The server refused a private message with {@code text} ({@code Nobody here is called NAME.}).
     *
     * @return the member written to that the refusal names, the oldest awaiting; null when it names none of them
     */
    String refused(String text) {
        return remove(text, true);
    }

    private String remove(String match, boolean named) {
        for (Iterator<String> it = awaiting.iterator(); it.hasNext();) {
            String to = it.next();
            if (named ? match.contains(to) : match.equalsIgnoreCase(to)) {
                it.remove();
                return to;
            }
        }
        return null;
    }
}
