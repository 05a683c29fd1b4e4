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
            if (named ? names(match, to) : match.equalsIgnoreCase(to)) {
                it.remove();
                return to;
            }
        }
        return null;
    }

    /** Whether {@code text} names {@code name} as a word of its own ("bo" is not named by "called bob."). */
    static boolean names(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int after = at + name.length();
            boolean starts = at == 0 || Character.isWhitespace(text.charAt(at - 1));
            boolean ends = after == text.length() || !Character.isLetterOrDigit(text.charAt(after))
                    && text.charAt(after) != '_';
            if (starts && ends) {
                return true;
            }
        }
        return false;
    }
}
