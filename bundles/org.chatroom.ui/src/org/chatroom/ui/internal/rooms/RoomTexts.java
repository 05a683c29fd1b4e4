package org.chatroom.ui.internal.rooms;

import java.text.MessageFormat;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the room tabs, history, scroll-back and search. */
public final class RoomTexts extends NLS {

    public static String noRoom;
    public static String passwordTitle;
    public static String passwordPrompt;
    public static String passwordSetButton;
    public static String passwordRemove;
    public static String passwordNoRoom;
    public static String passwordDefaultRoom;
    public static String server;
    public static String serverNotSent;
    public static String tabUnread;
    public static String hiddenUnread;
    public static String hiddenUnreadTip;
    public static String historyEnd;
    public static String awayMarker;
    public static String joinTitle;
    public static String joinPrompt;
    public static String joinHint;
    public static String joinColumnRoom;
    public static String joinColumnMembers;
    public static String joinColumnTopic;
    public static String joinButton;
    public static String joinCreateButton;
    public static String joinCreates;
    public static String joinAsking;
    public static String joinNoList;
    public static String joinListed;
    public static String createTitle;
    public static String createPrompt;
    public static String createPassword;
    public static String roomInvalid;
    public static String searchTitle;
    public static String searchPrompt;
    public static String searchButton;
    public static String searchColumnTime;
    public static String searchColumnName;
    public static String searchColumnMessage;
    public static String searchRunning;
    public static String searchFound;
    public static String searchShown;
    public static String searchLoading;
    public static String searchTooFar;
    public static String searchNotShown;
    public static String searchNoRoom;
    public static String searchNoHistory;
    public static String searchNotOverIrc;
    public static String historyNone;
    public static String notInRoom;
    public static String searchNotConnected;
    public static String notInRoomNotSent;
    public static String tabOut;
    public static String tabOutTip;

    static {
        NLS.initializeMessages("org.chatroom.ui.internal.rooms.texts", RoomTexts.class);
    }

    private RoomTexts() {
    }

    /** {@code pattern} with {@link MessageFormat} (for choices such as "1 message" / "3 messages"). */
    public static String format(String pattern, Object... arguments) {
        return MessageFormat.format(pattern, arguments);
    }
}
