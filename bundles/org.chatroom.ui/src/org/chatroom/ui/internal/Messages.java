package org.chatroom.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the desktop client, from messages.properties (bound once, never changed). */
public final class Messages extends NLS {

    public static String windowTitle;
    public static String aboutTitle;
    public static String workspaceInUseTitle;
    public static String workspaceInUse;
    public static String noDisplay;
    public static String noDisplayUnset;
    public static String noToolkit;
    public static String aboutText;
    public static String aboutComponent;
    public static String aboutLicenceUnstated;
    public static String aboutLicenceChatroom;
    public static String aboutLicenceEclipse;
    public static String windowTitleRoom;
    public static String stateCouldNotConnect;
    public static String hostDialogTitle;
    public static String hostDialogMessage;
    public static String hostDialogPort;
    public static String hostDialogAll;
    public static String hostDialogLocal;
    public static String hostDialogPassword;
    public static String hostDialogTls;
    public static String hostDialogAddresses;
    public static String hostDialogCopy;
    public static String hostDialogHost;
    public static String hostDialogIrc;
    public static String hostDialogIrcTls;
    public static String hostDialogBadPort;
    public static String hostDialogWithTls;
    public static String hostDialogWithIrc;

    public static String stateDisconnected;
    public static String stateConnecting;
    public static String stateConnected;
    public static String stateConnectedAs;
    public static String stateReconnecting;
    public static String stateWithDetail;
    public static String stateTries;
    public static String hostingOn;
    public static String hostingOnShort;
    public static String hostingOnIrc;
    public static String hostingOnIrcTls;
    public static String notHosting;

    public static String columnTime;
    public static String columnFrom;
    public static String columnMessage;
    public static String joined;
    public static String left;
    public static String leftWithReason;
    public static String renamed;
    public static String renamedYou;
    public static String nickKept;
    public static String topicSet;
    public static String topicCleared;
    public static String topicSetBy;
    public static String topicIs;
    public static String errorFromRoom;
    public static String privateTo;
    public static String privateFrom;

    public static String sendButton;
    public static String inputHint;
    public static String notSent;
    public static String notSentKept;

    public static String noClient;
    public static String connectNotHosting;
    public static String noRoomHost;
    public static String startHintHost;
    public static String startHintConnect;
    public static String startHintConnectTo;
    public static String startHintMenu;
    public static String hostingStarted;
    public static String hostingFailed;
    public static String hostingPortTaken;
    public static String hostingStopped;
    public static String quitWhileHostingTitle;
    public static String quitWhileHostingQuestion;
    public static String quitWhileHostingQuit;
    public static String stopHostingTitle;
    public static String stopHostingQuestion;
    public static String stopHostingStop;
    public static String notHostingNow;
    public static String roomClosedReason;
    public static String connectingTo;
    public static String connectWhere;
    public static String invalidSettings;
    public static String hostJobName;

    public static String passwordTitle;
    public static String passwordAsked;
    public static String passwordWrong;
    public static String passwordRoomSaid;
    public static String passwordLabel;
    public static String passwordRemember;
    public static String passwordConnect;
    public static String roomPasswordAsked;
    public static String roomPasswordWrong;
    public static String roomPasswordKeptUsed;
    public static String roomPasswordKeptWrong;
    public static String roomPasswordJoin;

    public static String prefDescription;
    public static String prefHostingDescription;
    public static String prefHistoryDescription;
    public static String prefGroupConnect;
    public static String prefHost;
    public static String prefPort;
    public static String prefNickname;
    public static String prefAutoConnect;
    public static String prefAutoReconnect;
    public static String prefHostingPort;
    public static String prefUseTls;
    public static String prefUseTlsTip;
    public static String prefProtocol;
    public static String prefProtocolChatroom;
    public static String prefProtocolIrc;
    public static String prefIrcChannels;
    public static String prefSaslUser;
    public static String prefSaslUserTip;
    public static String errorIrcChannel;
    public static String prefIrcFingerprint;
    public static String prefIrcFingerprintTip;
    public static String errorIrcFingerprint;
    public static String prefHostingTlsPort;
    public static String errorHostingTlsPort;
    public static String prefHostingIrcPort;
    public static String prefHostingIrcTlsPort;
    public static String errorHostingIrcPort;
    public static String errorHostingSamePort;
    public static String hostingTls;
    public static String hostingTlsUnavailable;
    public static String hostingIrc;
    public static String hostingIrcTls;
    public static String hostingIrcTlsUnavailable;
    public static String hostingIrcPortTaken;
    public static String hostingIrcFailed;
    public static String hostingIrcUnavailable;
    public static String prefLogEnabled;
    public static String prefKeepPrivates;
    public static String prefScrollback;
    public static String prefPassword;
    public static String prefPasswordTip;
    public static String prefHostingPassword;
    public static String menuKick;
    public static String menuBan;
    public static String menuBans;
    public static String bansTitle;
    public static String bansPrompt;
    public static String bansPromptServer;
    public static String bansLift;
    public static String unbanned;
    public static String unbannedServer;
    public static String kickTitle;
    public static String banTitle;
    public static String kickPrompt;
    public static String banPrompt;
    public static String kicked;
    public static String notKicked;
    public static String banned;
    public static String bannedFromServer;
    public static String moderationJobName;
    public static String errorHostEmpty;
    public static String errorHostInvalid;
    public static String errorPort;
    public static String errorHostingPort;
    public static String errorScrollback;
    public static String errorNickEmpty;
    public static String errorNickTooLong;
    public static String errorNickInvalid;

    static {
        NLS.initializeMessages("org.chatroom.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
