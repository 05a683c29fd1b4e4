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
        for (Method method : RoomConfig.class.getDeclaredMethods()) {
            if (method.getName().equals(name) && !name.equals("_password")) {
                return method;
            }
        }
        throw new IllegalArgumentException(Messages.get("option.unknown", key));
    }

    private static Object parse(String key, String text, Class<?> type) {
        try {
            if (type == int.class) {
                return Integer.valueOf(text.strip());
            }
            if (type == double.class) {
                return Double.valueOf(text.strip());
            }
            if (type == boolean.class) {
                if (!text.strip().equalsIgnoreCase("true") && !text.strip().equalsIgnoreCase("false")) {
                    throw new NumberFormatException(text);
                }
                return Boolean.valueOf(text.strip());
            }
            return text;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get("option.badValue", key, text, type.getSimpleName()), e);
        }
    }
}
