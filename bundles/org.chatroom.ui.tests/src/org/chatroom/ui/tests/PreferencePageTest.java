package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.prefs.ChatPreferencePage;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.HistoryPreferencePage;
import org.chatroom.ui.internal.prefs.HostChoice;
import org.chatroom.ui.internal.prefs.HostingPreferencePage;
import org.chatroom.ui.internal.theme.LookPreferencePage;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Chatroom preference pages: fields are checked as the user types, OK saves to the instance scope. */
class PreferencePageTest {

    private PreferenceDialog dialog;

    @AfterEach
    void close() throws Exception {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
        node.clear();
        node.flush();
    }

    private String error() {
        return ((IPreferencePage) dialog.getSelectedPage()).getErrorMessage();
    }

    @Test
    void everyPageNameShowsWholeInTheTree() {
        dialog = PreferencesUtil.createPreferenceDialogOn(Ui.window().getShell(), ChatPreferencePage.ID,
                new String[] { ChatPreferencePage.ID, LookPreferencePage.ID, HostingPreferencePage.ID,
                        HistoryPreferencePage.ID }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Tree tree = dialog.getTreeViewer().getTree();
        dialog.getTreeViewer().expandAll();
        Ui.spin(50);
        List<String> cut = new ArrayList<>();
        GC gc = new GC(tree);
        try {
            for (TreeItem item : items(tree.getItems())) {
                int right = item.getBounds().x + gc.textExtent(item.getText()).x;
                if (right > tree.getClientArea().width) {
                    cut.add(item.getText() + " ends at " + right);
                }
            }
        } finally {
            gc.dispose();
        }
        assertTrue(items(tree.getItems()).size() >= 4, "the Chatroom pages are listed");
        assertEquals(List.of(), cut, "cut off in a tree " + tree.getClientArea().width + " pixels wide");
    }

    private static List<TreeItem> items(TreeItem[] level) {
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem item : level) {
            all.add(item);
            all.addAll(items(item.getItems()));
        }
        return all;
    }

    /** The connection page's access keys: host and IRC channels shared H, protocol and TLS shared T. */
    @Test
    void theConnectionPageHasAnAccessKeyOfItsOwnForEachLabel() {
        dialog = PreferencesDialogs.open();
        Ui.spin(100);
        List<String> keys = new ArrayList<>();
        texts(((org.eclipse.jface.preference.PreferencePage) dialog.getSelectedPage()).getControl(), keys);
        List<Character> letters = keys.stream().map(text -> Character.toLowerCase(text.charAt(text.indexOf('&') + 1)))
                .toList();
        assertTrue(keys.size() >= 8, "the labels with access keys: " + keys);
        assertEquals(letters.size(), letters.stream().distinct().count(), "one letter each: " + keys);
    }

    private static void texts(Control control, List<String> keys) {
        String text = control instanceof org.eclipse.swt.widgets.Label label ? label.getText()
                : control instanceof org.eclipse.swt.widgets.Button button ? button.getText() : "";
        if (text.indexOf('&') >= 0 && text.indexOf('&') < text.length() - 1) {
            keys.add(text);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                texts(child, keys);
            }
        }
    }

    @Test
    void theSectionsHoldTheirFieldsBesideTheirLabelsAndIrcSettingsAreForIrcOnly() {
        dialog = PreferencesDialogs.open();
        Ui.spin(100); // laid out
        assertEquals(Messages.prefGroupConnect, sectionOf(Messages.prefNickname));
        assertEquals(Messages.prefGroupConnect, sectionOf(Messages.prefIrcChannels));
        assertBesideItsLabel(Messages.prefHost);
        assertBesideItsLabel(Messages.prefNickname);

        List<String> ircOnly = List.of(Messages.prefIrcChannels, Messages.prefSaslUser, Messages.prefIrcFingerprint);
        for (String label : ircOnly) {
            assertFalse(PreferencesDialogs.field(dialog, label).isEnabled(), label + " greyed out for a Chatroom room");
        }
        PreferencesDialogs.choose(dialog, Messages.prefProtocol, Messages.prefProtocolIrc);
        for (String label : ircOnly) {
            assertTrue(PreferencesDialogs.field(dialog, label).isEnabled(), label + " offered for an IRC network");
        }
        PreferencesDialogs.choose(dialog, Messages.prefProtocol, Messages.prefProtocolChatroom);
        assertFalse(PreferencesDialogs.field(dialog, Messages.prefSaslUser).isEnabled(), "greyed out again");
    }

    /**
     * Hosting and what this computer keeps have pages of their own: the one page of everything was taller than a
     * screen 900 pixels high (its last fields and buttons below the dialog's edge, behind a scroll bar GTK hides).
     */
    @Test
    void hostingAndHistoryHaveTheirOwnPagesAndEachPageFitsASmallScreen() {
        for (String page : List.of(ChatPreferencePage.ID, HostingPreferencePage.ID, HistoryPreferencePage.ID)) {
            dialog = PreferencesDialogs.open(page);
            Ui.spin(100);
            Control contents = ((IPreferencePage) dialog.getSelectedPage()).getControl();
            int height = contents.computeSize(contents.getSize().x, SWT.DEFAULT).y;
            assertTrue(height <= 480, page + " needs " + height + " pixels: more than a 768-pixel screen leaves it");
            dialog.close();
        }
        dialog = PreferencesDialogs.open(HostingPreferencePage.ID);
        assertBesideItsLabel(Messages.prefHostingPort);
        assertBesideItsLabel(Messages.prefHostingPassword);
        dialog.close();
        dialog = PreferencesDialogs.open(HistoryPreferencePage.ID);
        assertBesideItsLabel(Messages.prefScrollback);
    }

    /**
     * Every page fits a screen 1024 pixels wide beside the tree: the connection's page wanted about 760 pixels (its
     * long labels and TLS line), the dialog filled such a screen, its fields ran past the edge, and a click in one
     * scrolled the page sideways, cutting the first letters off every label.
     */
    @Test
    void eachPageFitsAScreen1024PixelsWide() {
        for (String page : List.of(ChatPreferencePage.ID, LookPreferencePage.ID, HostingPreferencePage.ID,
                HistoryPreferencePage.ID)) {
            dialog = PreferencesDialogs.open(page);
            Ui.spin(100);
            int width = dialog.getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
            assertTrue(width <= 960, page + ": the dialog wants " + width + " pixels, a 1024-pixel screen less its "
                    + "edges has 960");
            dialog.close();
        }
    }

    private void assertBesideItsLabel(String label) {
        Text field = PreferencesDialogs.field(dialog, label);
        Control[] row = field.getParent().getChildren();
        Rectangle labelled = row[List.of(row).indexOf(field) - 1].getBounds();
        Rectangle bounds = field.getBounds();
        assertTrue(bounds.x >= labelled.x + labelled.width && bounds.y < labelled.y + labelled.height,
                label + " is beside its field, not above it: " + labelled + " " + bounds);
    }

    @Test
    void theUsualPortFollowsTheProtocolAndTlsButAChosenPortStays() {
        dialog = PreferencesDialogs.open();
        Text port = PreferencesDialogs.field(dialog, Messages.prefPort);
        assertEquals("53000", port.getText());
        PreferencesDialogs.choose(dialog, Messages.prefProtocol, Messages.prefProtocolIrc);
        assertEquals("6667", port.getText(), "an IRC network's usual port");
        PreferencesDialogs.check(dialog, Messages.prefUseTls);
        assertEquals("6697", port.getText(), "an IRC network's usual port with TLS");
        PreferencesDialogs.choose(dialog, Messages.prefProtocol, Messages.prefProtocolChatroom);
        assertEquals("53000", port.getText(), "a room's usual port, with or without TLS");

        PreferencesDialogs.set(dialog, Messages.prefPort, "7000");
        PreferencesDialogs.choose(dialog, Messages.prefProtocol, Messages.prefProtocolIrc);
        assertEquals("7000", port.getText(), "the user's own port stays");
        PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);
        assertEquals(7000, InstanceScope.INSTANCE.getNode(ChatPreferences.NODE).getInt(ChatPreferences.PORT, 0));
    }

    /** The title of the section holding the field labelled {@code label}. */
    private String sectionOf(String label) {
        Composite parent = PreferencesDialogs.field(dialog, label).getParent();
        return parent instanceof Group group ? group.getText() : "no section: " + parent;
    }

    @Test
    void invalidValuesAreExplainedAndBlockOk() {
        dialog = PreferencesDialogs.open();
        PreferencesDialogs.set(dialog, Messages.prefPort, "70000");
        assertEquals(Messages.errorPort, error());
        assertFalse(PreferencesDialogs.button(dialog, IDialogConstants.OK_ID).isEnabled(), "OK is disabled");

        PreferencesDialogs.set(dialog, Messages.prefPort, "53001");
        PreferencesDialogs.set(dialog, Messages.prefNickname, "two words");
        assertEquals(Messages.errorNickInvalid, error());

        PreferencesDialogs.set(dialog, Messages.prefNickname, "");
        assertEquals(Messages.errorNickEmpty, error());

        PreferencesDialogs.set(dialog, Messages.prefNickname, "zoe");
        PreferencesDialogs.set(dialog, Messages.prefHost, "bad host!");
        assertEquals(Messages.errorHostInvalid, error());

        PreferencesDialogs.set(dialog, Messages.prefHost, "chat.example.org");
        assertTrue(PreferencesDialogs.button(dialog, IDialogConstants.OK_ID).isEnabled(), "OK is enabled again");

        // two wrong fields: mending one says what is still wrong (OK stayed greyed without a word)
        PreferencesDialogs.set(dialog, Messages.prefPort, "99999");
        PreferencesDialogs.set(dialog, Messages.prefNickname, "bad nick!");
        assertEquals(Messages.errorNickInvalid, error());
        PreferencesDialogs.set(dialog, Messages.prefNickname, "dave");
        assertEquals(Messages.errorPort, error(), "the port is still wrong");
        assertFalse(PreferencesDialogs.button(dialog, IDialogConstants.OK_ID).isEnabled(), "OK is disabled");
        PreferencesDialogs.set(dialog, Messages.prefPort, "53001");
        assertEquals(null, error());
        dialog.close();

        dialog = PreferencesDialogs.open(HostingPreferencePage.ID);
        PreferencesDialogs.set(dialog, Messages.prefHostingPort, "0");
        assertEquals(Messages.errorHostingPort, error());
        PreferencesDialogs.set(dialog, Messages.prefHostingPort, "53002");
        PreferencesDialogs.set(dialog, Messages.prefHostingTlsPort, "70000");
        assertEquals(Messages.errorHostingTlsPort, error());
        PreferencesDialogs.set(dialog, Messages.prefHostingTlsPort, "0");
        assertEquals(null, error(), "0 means no TLS listener");
        PreferencesDialogs.set(dialog, Messages.prefHostingIrcPort, "-1");
        assertEquals(Messages.errorHostingIrcPort, error());
        PreferencesDialogs.set(dialog, Messages.prefHostingIrcPort, "0");
        assertEquals(null, error(), "0 means no IRC clients");
        assertTrue(PreferencesDialogs.button(dialog, IDialogConstants.OK_ID).isEnabled(), "OK is enabled");
    }

    /** The port for IRC clients over TLS is offered only with a TLS port and a port for IRC clients, as it is used. */
    @Test
    void theIrcTlsPortIsOfferedOnlyWithTlsAndIrc() {
        dialog = PreferencesDialogs.open(HostingPreferencePage.ID);
        Text ircTls = PreferencesDialogs.field(dialog, Messages.prefHostingIrcTlsPort);
        PreferencesDialogs.set(dialog, Messages.prefHostingIrcPort, "0");
        PreferencesDialogs.set(dialog, Messages.prefHostingTlsPort, "53443");
        assertFalse(ircTls.isEnabled(), "no IRC clients: nothing listens there");
        PreferencesDialogs.set(dialog, Messages.prefHostingIrcPort, "6667");
        assertTrue(ircTls.isEnabled(), "IRC clients and TLS");
        PreferencesDialogs.set(dialog, Messages.prefHostingTlsPort, "0");
        assertFalse(ircTls.isEnabled(), "no TLS");
    }

    /**
     * The ports must differ, as the Host Room dialog says: a TLS port equal to the room's was accepted, and Host Room
     * then offered no TLS without a word.
     */
    @Test
    void theHostingPortsMustDiffer() {
        dialog = PreferencesDialogs.open(HostingPreferencePage.ID);
        PreferencesDialogs.set(dialog, Messages.prefHostingPort, "54320");
        PreferencesDialogs.set(dialog, Messages.prefHostingIrcPort, "0");
        PreferencesDialogs.set(dialog, Messages.prefHostingTlsPort, "54320");
        assertEquals(Messages.errorHostingSamePort, error());
        assertFalse(PreferencesDialogs.button(dialog, IDialogConstants.OK_ID).isEnabled(), "nothing to save");
        PreferencesDialogs.set(dialog, Messages.prefHostingTlsPort, "54321");
        assertEquals(null, error(), "mended");
        PreferencesDialogs.set(dialog, Messages.prefHostingIrcPort, "54321");
        assertEquals(Messages.errorHostingSamePort, error(), "IRC on the TLS port");
        PreferencesDialogs.set(dialog, Messages.prefHostingIrcPort, "6667");
        PreferencesDialogs.set(dialog, Messages.prefHostingIrcTlsPort, "6667");
        assertEquals(Messages.errorHostingSamePort, error(), "IRC over TLS on the IRC port");
        PreferencesDialogs.set(dialog, Messages.prefHostingIrcTlsPort, "6697");
        assertEquals(null, error());
        assertTrue(PreferencesDialogs.button(dialog, IDialogConstants.OK_ID).isEnabled());
    }

    @Test
    void okSavesToTheInstanceScope() {
        dialog = PreferencesDialogs.open();
        assertTrue(dialog.getSelectedPage() instanceof ChatPreferencePage, "the Chatroom page is shown");
        PreferencesDialogs.set(dialog, Messages.prefHost, "chat.example.org");
        PreferencesDialogs.set(dialog, Messages.prefPort, "54321");
        PreferencesDialogs.set(dialog, Messages.prefNickname, "zoe");
        PreferencesDialogs.check(dialog, Messages.prefUseTls);
        PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);
        dialog = PreferencesDialogs.open(HostingPreferencePage.ID);
        PreferencesDialogs.set(dialog, Messages.prefHostingPort, "54322");
        PreferencesDialogs.set(dialog, Messages.prefHostingTlsPort, "53443");
        PreferencesDialogs.set(dialog, Messages.prefHostingIrcPort, "6667");
        PreferencesDialogs.set(dialog, Messages.prefHostingIrcTlsPort, "6697");
        PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);

        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ChatPreferences.NODE);
        assertEquals("chat.example.org", node.get(ChatPreferences.HOST, null));
        assertEquals(54321, node.getInt(ChatPreferences.PORT, 0));
        assertEquals("zoe", node.get(ChatPreferences.NICKNAME, null));
        assertEquals(54322, node.getInt(ChatPreferences.HOSTING_PORT, 0));
        assertEquals("chat.example.org", ChatPreferences.remoteRoom().host(), "the client settings use them at once");
        assertEquals(54321, ChatPreferences.remoteRoom().port());
        assertEquals(53443, node.getInt(ChatPreferences.HOSTING_TLS_PORT, 0));
        assertEquals(6667, node.getInt(ChatPreferences.HOSTING_IRC_PORT, 0));
        assertEquals(6697, node.getInt(ChatPreferences.HOSTING_IRC_TLS_PORT, 0));
        assertEquals(6667, HostChoice.fromPreferences().ircPort(), "Host Room offers them");
        node.putInt(ChatPreferences.HOSTING_IRC_PORT, 54322); // the room's own port: each field alone is valid
        assertEquals(0, HostChoice.fromPreferences().ircPort(), "not offered for IRC as well");
        assertEquals(6697, HostChoice.fromPreferences().ircTlsPort(), "the others stay");
        assertTrue(ChatPreferences.remoteRoom().tls(), "Use TLS makes the client connect with TLS");
    }
}
