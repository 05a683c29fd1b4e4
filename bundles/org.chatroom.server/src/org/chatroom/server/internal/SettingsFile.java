package org.chatroom.server.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * A settings file of the command line ({@code --redis FILE}, {@code --irc FILE}): {@code KEY=VALUE} lines (Java
 * properties, {@code #} comments). No key may hold a password in clear text: a password is named by a file
 * ({@code password.file}) or given as its hash.
 */
final class SettingsFile {

    private SettingsFile() {
    }

    /**
     * @param errorKey    message key for a file that cannot be read, with the file and the reason as arguments
     * @param passwordKey message key for a file that holds a password, with the file as argument
     * @throws IllegalArgumentException with a message for the user when the file cannot be read or holds a password
     */
    static Map<String, String> read(Path file, String errorKey, String passwordKey) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException(Messages.format(errorKey, file, e.getMessage()), e);
        }
        if (properties.stringPropertyNames().stream().anyMatch(key -> key.contains("password")
                && !key.equals("password.file"))) {
            throw new IllegalArgumentException(Messages.format(passwordKey, file));
        }
        Map<String, String> settings = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key).strip()));
        return settings;
    }

    /**
     * Makes {@code properties} the configuration of {@code pid} for this run, or removes the one an earlier run left
     * when null: the command line stays the whole configuration of a run.
     */
    static void configure(ConfigurationAdmin admin, String pid, Map<String, ?> properties) throws IOException {
        Configuration configuration = admin.getConfiguration(pid, "?");
        if (properties == null) {
            if (configuration.getProperties() != null) {
                configuration.delete();
            }
            return;
        }
        Dictionary<String, Object> dictionary = new Hashtable<>();
        properties.forEach(dictionary::put);
        configuration.updateIfDifferent(dictionary);
    }
}
