package org.chatroom.ui.internal.prefs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The passwords of the desktop client ({@link ChatPreferences#PASSWORD}, {@link ChatPreferences#HOSTING_PASSWORD},
 * and those of the rooms kept per server: {@link RoomPasswords}), kept encrypted in Eclipse secure storage in the
 * workspace ({@code .metadata/.plugins/org.chatroom.ui/secure_storage}), never in the preferences. The storage key
 * comes from a random master password in an owner-only file beside it ({@link MasterKey}), so no prompt is needed. A
 * password found in the preferences (as earlier versions kept it) is moved here once, on first use.
 */
public final class Secrets {

    private static final String NODE = "org.chatroom.ui";
    private static final String[] KEYS = { ChatPreferences.PASSWORD, ChatPreferences.HOSTING_PASSWORD };
    private static ISecurePreferences store;

    private Secrets() {
    }

    public static synchronized String get(String key) {
        return get("", key);
    }

    /** Stores {@code value} encrypted; an empty value removes the password. */
    public static synchronized void put(String key, String value) {
        put("", key, value);
    }

    /** @return the password kept as {@code key} under {@code path} (nodes separated by {@code /}), or empty */
    static synchronized String get(String path, String key) {
        try {
            return node(path).get(key, "");
        } catch (StorageException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores {@code value} encrypted as {@code key} under {@code path}; an empty value removes it. */
    static synchronized void put(String path, String key, String value) {
        ISecurePreferences node = node(path);
        try {
            if (value.isEmpty()) {
                node.remove(key);
            } else {
                node.put(key, value, true);
            }
            node.flush();
        } catch (StorageException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves a password found in the preferences into secure storage (done on first use anyway). */
    public static synchronized void migrateFromPreferences() {
        migrate(node());
    }

    private static ISecurePreferences node() {
        return node("");
    }

    private static ISecurePreferences node(String path) {
        if (store == null) {
            store = open();
            migrate(store.node(NODE));
        }
        return store.node(path.isEmpty() ? NODE : NODE + "/" + path);
    }

    private static ISecurePreferences open() {
        Path area = Platform.getStateLocation(FrameworkUtil.getBundle(Secrets.class)).toFile().toPath();
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(MasterKey.in(area).toCharArray()));
        try {
            return SecurePreferencesFactory.open(area.resolve("secure_storage").toUri().toURL(), options);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves passwords kept in the instance preferences by earlier versions into secure storage, once. */
    private static void migrate(ISecurePreferences node) {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
        boolean moved = false;
        for (String key : KEYS) {
            String old = prefs.get(key, null);
            if (old != null) {
                try {
                    if (!old.isEmpty()) {
                        node.put(key, old, true);
                    }
                } catch (StorageException e) {
                    throw new IllegalStateException(e);
                }
                prefs.remove(key);
                moved = true;
            }
        }
        if (moved) {
            try {
                node.flush();
                prefs.flush();
            } catch (IOException | BackingStoreException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
