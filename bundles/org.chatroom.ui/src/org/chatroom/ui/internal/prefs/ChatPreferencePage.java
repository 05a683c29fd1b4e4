package org.chatroom.ui.internal.prefs;

import java.util.List;
import java.util.Objects;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.views.WidgetIds;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Chatroom preferences: the remote room, the nickname, reconnecting, hosting, the chat log and the scrollback. */
public final class ChatPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.chatroom.ui.preferences";
    private static final List<String> CONNECTION_KEYS = List.of(ChatPreferences.HOST, ChatPreferences.PORT,
            ChatPreferences.NICKNAME, ChatPreferences.AUTO_RECONNECT, ChatPreferences.USE_TLS, IrcPreferences.PROTOCOL,
            IrcPreferences.CHANNELS, IrcPreferences.SASL_USER);

    /** Id (WidgetIds.KEY) of the label that repeats the page's error in full, wrapped. */
    public static final String PROBLEM = "prefs.problem";

    private IWorkbench workbench;
    private Label problem;

    public ChatPreferencePage() {
        super(GRID);
        setDescription(Messages.prefDescription);
    }

    @Override
    public void init(IWorkbench wb) {
        this.workbench = wb;
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, ChatPreferences.NODE);
    }

    @Override
    protected Control createContents(Composite parent) {
        PageTreeWidth.fit(getContainer());
        return super.createContents(parent);
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        addField(new ComboFieldEditor(IrcPreferences.PROTOCOL, Messages.prefProtocol,
                new String[][] { { Messages.prefProtocolChatroom, IrcPreferences.CHATROOM },
                        { Messages.prefProtocolIrc, IrcPreferences.IRC } }, parent));
        addField(new CheckedStringFieldEditor(ChatPreferences.HOST, Messages.prefHost, parent, Validators::host));
        addField(portField(ChatPreferences.PORT, Messages.prefPort, Messages.errorPort, parent));
        addField(new BooleanFieldEditor(ChatPreferences.USE_TLS, Messages.prefUseTls, parent));
        addField(new CheckedStringFieldEditor(ChatPreferences.NICKNAME, Messages.prefNickname, parent,
                value -> Validators.nickname(value.trim())));
        addField(new CheckedStringFieldEditor(IrcPreferences.CHANNELS, Messages.prefIrcChannels, parent,
                IrcPreferences::channelsProblem));
        addField(new StringFieldEditor(IrcPreferences.SASL_USER, Messages.prefSaslUser, parent));
        addField(new SecretFieldEditor(ChatPreferences.PASSWORD, Messages.prefPassword, parent));
        addField(new BooleanFieldEditor(ChatPreferences.AUTO_CONNECT, Messages.prefAutoConnect, parent));
        addField(new BooleanFieldEditor(ChatPreferences.AUTO_RECONNECT, Messages.prefAutoReconnect, parent));
        addField(portField(ChatPreferences.HOSTING_PORT, Messages.prefHostingPort, Messages.errorHostingPort, parent));
        IntegerFieldEditor tlsPort = portField(ChatPreferences.HOSTING_TLS_PORT, Messages.prefHostingTlsPort,
                Messages.errorHostingTlsPort, parent);
        tlsPort.setValidRange(0, 65535); // 0: no TLS listener; setting the range resets the error text
        tlsPort.setErrorMessage(Messages.errorHostingTlsPort);
        addField(tlsPort);
        addField(new SecretFieldEditor(ChatPreferences.HOSTING_PASSWORD, Messages.prefHostingPassword, parent));
        addField(new BooleanFieldEditor(ChatPreferences.LOG_ENABLED, Messages.prefLogEnabled, parent));
        IntegerFieldEditor scrollback = new IntegerFieldEditor(ChatPreferences.SCROLLBACK, Messages.prefScrollback,
                parent, 7);
        scrollback.setValidRange(ChatPreferences.MIN_SCROLLBACK, ChatPreferences.MAX_SCROLLBACK);
        scrollback.setErrorMessage(Messages.errorScrollback);
        addField(scrollback);
        problem = new Label(parent, SWT.WRAP);
        problem.setData(WidgetIds.KEY, PROBLEM);
        GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1); // the editors use two columns
        wrap.widthHint = 400; // wraps to the page's width instead of widening it
        problem.setLayoutData(wrap);
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

    private static IntegerFieldEditor portField(String key, String label, String error, Composite parent) {
        IntegerFieldEditor field = new IntegerFieldEditor(key, label, parent, 5);
        field.setValidRange(1, 65535);
        field.setErrorMessage(error);
        return field;
    }

    /** The settings of the connection, the password (secure storage) included. */
    private static List<String> connection(IPreferenceStore store) {
        List<String> values = new java.util.ArrayList<>(CONNECTION_KEYS.stream().map(store::getString).toList());
        values.add(Secrets.get(ChatPreferences.PASSWORD));
        return values;
    }

    @Override
    public boolean performOk() {
        IPreferenceStore store = getPreferenceStore();
        List<String> before = connection(store);
        boolean ok = super.performOk();
        List<String> after = connection(store);
        if (ok && !Objects.equals(before, after) && workbench != null) {
            new SettingsApplier(workbench).reconnectIfJoined();
        }
        return ok;
    }
}
