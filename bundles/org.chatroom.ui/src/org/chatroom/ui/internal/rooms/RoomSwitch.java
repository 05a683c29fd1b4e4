package org.chatroom.ui.internal.rooms;

/**
 * Which room tab the keyboard asks for (View > Next Room, Previous Room, Alt+1 to Alt+9): the next or previous one
 * round the ends, or the n-th from the left. Asked through the event broker ({@link #TOPIC}), since the tabs live
 * in the message list's view and the keys in the window.
 */
public final class RoomSwitch {

    /** Data: a String, {@link #NEXT}, {@link #PREVIOUS} or a tab's number from 1. */
    public static final String TOPIC = "org/chatroom/ui/rooms/switch";
    public static final String NEXT = "next";
    public static final String PREVIOUS = "previous";
    /**
     * The application context's variable that holds how many tabs the message list has (an Integer): Next Room and
     * Previous Room are offered only with two or more (with one they were offered and did nothing).
     */
    public static final String TABS = "org.chatroom.ui.rooms.tabs";

    private RoomSwitch() {
    }

    /**
     * @param request {@link #NEXT}, {@link #PREVIOUS} or a number from 1
     * @param shown   the index of the tab shown
     * @param tabs    how many tabs there are
     * @return the index of the tab to show, -1 for none (a number past the last tab, or nothing to switch to)
     */
    static int target(String request, int shown, int tabs) {
        if (tabs < 1) {
            return -1;
        }
        if (NEXT.equals(request)) {
            return (shown + 1) % tabs;
        }
        if (PREVIOUS.equals(request)) {
            return (shown - 1 + tabs) % tabs;
        }
        try {
            int number = Integer.parseInt(request);
            return number >= 1 && number <= tabs ? number - 1 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
