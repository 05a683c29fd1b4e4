package org.chatroom.ui.internal.prefs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;

/**
 * Chatroom preferences, the main page: the remote room (protocol, host, port, TLS, nickname, password, IRC's
 * channels and account) and connecting. Hosting ({@link HostingPreferencePage}) and what this computer keeps
 * ({@link HistoryPreferencePage}) have pages of their own below it, so that each fits a small screen.
 */
public final class ChatPreferencePage extends ChatroomFieldPage {

    public static final String ID = "org.chatroom.ui.preferences";
    private static final List<String> CONNECTION_KEYS = List.of(ChatPreferences.HOST, ChatPreferences.PORT,
            ChatPreferences.NICKNAME, ChatPreferences.AUTO_RECONNECT, ChatPreferences.USE_TLS, IrcPreferences.PROTOCOL,
            IrcPreferences.CHANNELS, IrcPreferences.SASL_USER, IrcPreferences.TLS_FINGERPRINT);
    /** The connection's settings that do not say where the remote room is. */
    private static final Set<String> NOT_WHERE = Set.of(ChatPreferences.NICKNAME, ChatPreferences.AUTO_RECONNECT);

    /** Preferred width of the certificate fingerprint's field, in pixels (it still fills the page's width). */
    private static final int FINGERPRINT_WIDTH = 200;
    /** Id (WidgetIds.KEY) of the label that repeats the page's error in full, wrapped. */
    public static final String PROBLEM = "prefs.problem";

    private IWorkbench workbench;
    private Label problem;
    /** The page was opened by Connect's question where the room is ({@link #applyData}). */
    private boolean askedWhere;
    /** The section the connection's fields are in. */
    private Group section;
    /** The connection's fields that follow its protocol. */
    private ProtocolFields protocolFields;
    private StringFieldEditor hostField;
    private Composite hostFieldParent;

    public ChatPreferencePage() {
        super(Messages.prefDescription);
    }

    @Override
    public void init(IWorkbench wb) {
        this.workbench = wb;
    }

    /** {@code data}: a message to show above the page (Connect's question where the room is). */
    @Override
    public void applyData(Object data) {
        if (data instanceof String message) {
            setMessage(message, INFORMATION);
            askedWhere = true;
        }
    }

    /** Gives the room's host field the focus, its text selected (to type over), once the dialog has opened. */
    public void focusRoomHost() {
        if (hostField != null) {
            Text host = hostField.getTextControl(hostFieldParent);
            host.setFocus();
            host.selectAll();
        }
    }

    @Override
    protected Control createContents(Composite parent) {
        PageTreeWidth.fit(getContainer());
        return super.createContents(parent);
    }

    @Override
    protected void createFieldEditors() {
        Composite connect = section(Messages.prefGroupConnect);
        ComboFieldEditor protocol = new ComboFieldEditor(IrcPreferences.PROTOCOL, Messages.prefProtocol,
                new String[][] { { Messages.prefProtocolChatroom, IrcPreferences.CHATROOM },
                        { Messages.prefProtocolIrc, IrcPreferences.IRC } }, connect);
        addField(protocol);
        hostField = new CheckedStringFieldEditor(ChatPreferences.HOST, Messages.prefHost, connect, Validators::host);
        hostFieldParent = connect;
        addField(hostField);
        IntegerFieldEditor port = portField(ChatPreferences.PORT, Messages.prefPort, Messages.errorPort, connect);
        addField(port);
        BooleanFieldEditor tls = new BooleanFieldEditor(ChatPreferences.USE_TLS, Messages.prefUseTls, connect);
        tls.getDescriptionControl(connect).setToolTipText(Messages.prefUseTlsTip);
        addField(tls);
        addField(new CheckedStringFieldEditor(ChatPreferences.NICKNAME, Messages.prefNickname, connect,
                value -> Validators.nickname(value.trim())));
        addField(explained(new SecretFieldEditor(ChatPreferences.PASSWORD, Messages.prefPassword, connect), connect,
                Messages.prefPasswordTip));
        FieldEditor channels = new CheckedStringFieldEditor(IrcPreferences.CHANNELS, Messages.prefIrcChannels,
                connect, IrcPreferences::channelsProblem);
        FieldEditor sasl = explained(new StringFieldEditor(IrcPreferences.SASL_USER, Messages.prefSaslUser, connect),
                connect, Messages.prefSaslUserTip);
        StringFieldEditor fingerprint = new CheckedStringFieldEditor(IrcPreferences.TLS_FINGERPRINT,
                Messages.prefIrcFingerprint, connect, value -> IrcPreferences.fingerprintProblem(value.trim()));
        // a fingerprint is 95 characters: its field would widen the page to show it whole
        ((GridData) fingerprint.getTextControl(connect).getLayoutData()).widthHint = FINGERPRINT_WIDTH;
        explained(fingerprint, connect, Messages.prefIrcFingerprintTip);
        List<FieldEditor> ircOnly = List.of(channels, sasl, fingerprint);
        ircOnly.forEach(this::addField);
        protocolFields = new ProtocolFields(protocol, port, tls, ircOnly, connect);
        addField(new BooleanFieldEditor(ChatPreferences.AUTO_CONNECT, Messages.prefAutoConnect, connect));
        addField(new BooleanFieldEditor(ChatPreferences.AUTO_RECONNECT, Messages.prefAutoReconnect, connect));

        problem = new Label(getFieldEditorParent(), SWT.WRAP);
        problem.setData(WidgetIds.KEY, PROBLEM);
        GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1); // the editors use two columns
        wrap.widthHint = 400; // wraps to the page's width instead of widening it
        problem.setLayoutData(wrap);
    }

    /**
     * Gives {@code field}'s label and text {@code tip}: what a label said in parentheses made the page wider than a
     * screen 1024 pixels wide. @return {@code field}
     */
    private static StringFieldEditor explained(StringFieldEditor field, Composite parent, String tip) {
        field.getLabelControl(parent).setToolTipText(tip);
        field.getTextControl(parent).setToolTipText(tip);
        return field;
    }

    /** The page's section, across its two columns; its editors lay themselves out in it. */
    private Composite section(String title) {
        section = new Group(getFieldEditorParent(), SWT.NONE);
        section.setText(title);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return section;
    }

    /**
     * Each editor set the section's layout to its own column count when it was made; the page has given them their
     * spans for two columns, so the section gets two columns again.
     */
    @Override
    protected void adjustGridLayout() {
        super.adjustGridLayout();
        section.setLayout(new GridLayout(2, false));
    }

    @Override
    protected void initialize() {
        super.initialize();
        protocolFields.loaded(getPreferenceStore().getString(IrcPreferences.PROTOCOL));
    }

    @Override
    protected void performDefaults() {
        super.performDefaults();
        protocolFields.loaded(getPreferenceStore().getDefaultString(IrcPreferences.PROTOCOL));
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        super.propertyChange(event);
        protocolFields.changed(event);
    }

    /** The dialog's message line cuts a long error in the middle; the page repeats it in full, wrapped. */
    @Override
    public void setErrorMessage(String message) {
        super.setErrorMessage(message);
        if (problem != null && !problem.isDisposed()) {
            problem.setText(message == null ? "" : message);
            problem.setForeground(problem.getDisplay().getSystemColor(SWT.COLOR_RED));
            problem.getParent().layout(true, true);
        }
    }

    /** The settings of the connection by key, the password (secure storage) included. */
    private static Map<String, String> connection(IPreferenceStore store) {
        Map<String, String> values = new HashMap<>();
        CONNECTION_KEYS.forEach(key -> values.put(key, store.getString(key)));
        values.put(ChatPreferences.PASSWORD, Secrets.get(ChatPreferences.PASSWORD));
        return values;
    }

    /** @return whether the settings saying where the remote room is differ between {@code before} and {@code after} */
    private static boolean otherRoom(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(key -> !NOT_WHERE.contains(key))
                .anyMatch(key -> !Objects.equals(before.get(key), after.get(key)));
    }

    /**
     * Saves the fields; the remote room is chosen (Connect goes there, not to the room hosted here) when the user
     * answered Connect's question or changed where the room is. Apply and Close with the room's fields as they were
     * chose it too: a user who had changed the theme, or the nickname, found Connect trying localhost:53000 for ever
     * instead of rejoining the room hosted here, and Host Room greyed.
     */
    @Override
    public boolean performOk() {
        IPreferenceStore store = getPreferenceStore();
        Map<String, String> before = connection(store);
        boolean ok = super.performOk();
        Map<String, String> after = connection(store);
        if (ok && (askedWhere || otherRoom(before, after))) {
            store.setValue(ChatPreferences.REMOTE_CHOSEN, true); // saved by the dialog with the fields
        }
        if (ok && !before.equals(after) && workbench != null) {
            new SettingsApplier(workbench).reconnectIfJoined();
        }
        return ok;
    }
}
