package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.chatroom.ui.internal.Messages;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.chatroom.ui.internal.prefs.HostingPreferencePage;
import org.chatroom.ui.internal.prefs.Secrets;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** Issue 13, Secrets (desktop): the passwords live encrypted in secure storage, never in the preferences. */
class SecretsTest {

    private static final String SECRET = "correct horse battery staple";

    @AfterEach
    void reset() throws Exception {
        Chat.reset();
    }

    @Test
    void passwordsTypedInThePreferencesGoToSecureStorageNotToThePreferences() throws Exception {
        PreferenceDialog dialog = PreferencesDialogs.open();
        PreferencesDialogs.set(dialog, Messages.prefPassword, SECRET);
        PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);
        dialog = PreferencesDialogs.open(HostingPreferencePage.ID);
        PreferencesDialogs.set(dialog, Messages.prefHostingPassword, SECRET + " 2");
        PreferencesDialogs.press(dialog, IDialogConstants.OK_ID);

        assertEquals(SECRET, Secrets.get(ChatPreferences.PASSWORD));
        assertEquals(SECRET + " 2", Secrets.get(ChatPreferences.HOSTING_PASSWORD));
        assertNull(Chat.prefs().get(ChatPreferences.PASSWORD, null), "no password in the preferences");
        assertNull(Chat.prefs().get(ChatPreferences.HOSTING_PASSWORD, null), "no password in the preferences");
        assertEquals(SECRET, ChatPreferences.remoteRoom().password(), "Connect uses the stored password");

        Path workspace = Path.of(Platform.getInstanceLocation().getURL().toURI());
        try (Stream<Path> files = Files.walk(workspace)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("battery staple"), "clear text password in " + file);
            }
        }
        Path area = Platform.getStateLocation(FrameworkUtil.getBundle(Secrets.class)).toFile().toPath();
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(area.resolve("secure_storage.key"))), "the master key is owner-only");
        assertEquals(true, Files.size(area.resolve("secure_storage")) > 0, "the encrypted store is written");
    }

    @Test
    void aPasswordKeptInThePreferencesByAnEarlierVersionMovesToSecureStorageOnce() throws Exception {
        Chat.prefs().put(ChatPreferences.PASSWORD, SECRET);
        Chat.prefs().flush();
        Secrets.migrateFromPreferences();
        assertEquals(SECRET, Secrets.get(ChatPreferences.PASSWORD));
        assertNull(Chat.prefs().get(ChatPreferences.PASSWORD, null), "the clear text copy is gone");
    }
}
