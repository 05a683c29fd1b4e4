package org.chatroom.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the chat views added with the reader, unread state, completion and private chats. */
public final class ViewTexts extends NLS {

    public static String jumpToLatest;
    public static String namesIn;
    public static String namesHere;
    public static String readingOlder;
    public static String readingOlderTip;
    public static String newBelow;
    public static String tooltipMore;
    public static String menuCopy;
    public static String menuCopyText;
    public static String menuOpenLink;
    public static String membersTitle;
    public static String memberSelf;
    public static String topicBar;
    public static String memberIgnored;
    public static String linkNotOpened;
    public static String menuJump;
    public static String newMessagesMarker;
    public static String helpHeader;
    public static String helpCommands;
    public static String pasteTitle;
    public static String pasteQuestion;
    public static String menuPrivate;
    public static String menuPrivateWith;
    public static String menuReply;
    public static String menuReplyTo;
    public static String privateTitle;
    public static String privateTitleUnread;
    public static String privateHint;
    public static String privateEarlier;
    public static String privateOpened;
    public static String privateNotSent;
    public static String menuIgnore;
    public static String menuUnignore;
    public static String ignoredNow;
    public static String unignoredNow;
    public static String alreadyIgnored;
    public static String notIgnored;
    public static String ignoring;
    public static String ignoringNobody;
    public static String ignoreSelf;
    public static String ignoreUsage;
    public static String repeated;

    static {
        NLS.initializeMessages("org.chatroom.ui.internal.views.texts", ViewTexts.class);
    }

    private ViewTexts() {
    }

    /** What {@code /help} and Help > Commands show: the header, then one line per command. */
    public static List<String> helpLines() {
        List<String> lines = new ArrayList<>();
        lines.add(helpHeader);
        lines.addAll(List.of(helpCommands.split("\n")));
        return lines;
    }
}
