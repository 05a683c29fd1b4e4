package org.chatroom.room.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import org.chatroom.api.room.HostSettings;

/**
 * A {@link RoomConfig} that answers some keys from a host's {@link HostSettings} and the rest from the configuration,
 * for one run of the room. Keys are named as in the metatype ({@code rate.per.second} for {@code rate_per_second()},
 * {@code .password} for {@code _password()}).
 */
final class ConfigOverlay {

    /** A key this many edits from one of the room's is taken for a misspelling of it. */
    private static final int SUGGEST_WITHIN = 3;

    private ConfigOverlay() {
    }

    /** @throws IllegalArgumentException when an option names no key of the room or does not fit its type */
    static RoomConfig of(RoomConfig base, HostSettings settings) {
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, String> option : settings.options().entrySet()) {
            Method key = method(option.getKey());
            values.put(key.getName(), parse(option.getKey(), option.getValue(), key.getReturnType()));
        }
        values.put("port", settings.port());
        values.put("bind_address", settings.bindAddress());
        if (!settings.password().isEmpty()) {
            values.put("_password", settings.password());
        }
        if (settings.tlsPort() >= 0) {
            values.put("tls_port", settings.tlsPort());
        }
        return (RoomConfig) Proxy.newProxyInstance(RoomConfig.class.getClassLoader(), new Class<?>[] { RoomConfig.class },
                (proxy, method, args) -> {
                    Object value = values.get(method.getName());
                    if (value != null) {
                        return value;
                    }
                    switch (method.getName()) {
                    case "toString":
                        return "RoomConfig overlay of " + values.keySet();
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "equals":
                        return proxy == args[0];
                    default:
                        return method.invoke(base, args);
                    }
                });
    }

    private static Method method(String key) {
        String name = key.replace('.', '_');
        String closest = null;
        int closestDistance = SUGGEST_WITHIN + 1;
        for (Method method : RoomConfig.class.getDeclaredMethods()) {
            if (method.getName().startsWith("_")) {
                continue; // the password: not an option
            }
            if (method.getName().equals(name)) {
                return method;
            }
            int distance = distance(name, method.getName());
            if (distance < closestDistance) {
                closest = method.getName().replace('_', '.');
                closestDistance = distance;
            }
        }
        throw new IllegalArgumentException(closest == null ? Messages.get("option.unknown", key)
                : Messages.get("option.unknownLike", key, closest));
    }

    /** @return the edits (insert, delete, replace one character) that make {@code a} into {@code b} */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Object parse(String key, String text, Class<?> type) {
        try {
            if (type == int.class) {
                Integer value = Integer.valueOf(text.strip());
                SettingRanges.check(key, value, text.strip());
                return value;
            }
            if (type == double.class) {
                Double value = Double.valueOf(text.strip());
                if (value.isNaN() || value.isInfinite()) {
                    throw new NumberFormatException(text);
                }
                SettingRanges.check(key, value, text.strip());
                return value;
            }
            if (type == boolean.class) {
                if (!text.strip().equalsIgnoreCase("true") && !text.strip().equalsIgnoreCase("false")) {
                    throw new NumberFormatException(text);
                }
                return Boolean.valueOf(text.strip());
            }
            return text;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get("option.badValue", key, text,
                    Messages.get("option.type." + type.getSimpleName())), e);
        }
    }
}
