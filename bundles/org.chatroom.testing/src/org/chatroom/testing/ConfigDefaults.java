package org.chatroom.testing;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * A configuration annotation instance whose every member returns its declared default: what Declarative Services
 * hands a component that has no configuration. Tests build a component's defaults with it through the component's
 * own code (e.g. {@code RoomLimits.of(ConfigDefaults.of(RoomConfig.class))}) instead of a constant of their own.
 */
public final class ConfigDefaults {

    private ConfigDefaults() {
    }

    public static <A extends Annotation> A of(Class<A> config) {
        return of(config, Map.of());
    }

    /**
     * The defaults of {@code config} except for {@code values}, by member name (e.g. {@code key_prefix}), as a
     * component configured with those properties gets it (since 1.3).
     */
    public static <A extends Annotation> A of(Class<A> config, Map<String, Object> values) {
        Object proxy = Proxy.newProxyInstance(config.getClassLoader(), new Class<?>[] { config },
                (self, method, args) -> switch (method.getName()) {
                case "annotationType" -> config;
                case "toString" -> "defaults of " + config.getName();
                case "hashCode" -> System.identityHashCode(self);
                case "equals" -> self == args[0];
                default -> {
                    Object value = values.containsKey(method.getName()) ? values.get(method.getName())
                            : method.getDefaultValue();
                    if (value == null) {
                        throw new IllegalStateException(config.getName() + "." + method.getName() + " has no default");
                    }
                    yield value;
                }
                });
        return config.cast(proxy);
    }
}
