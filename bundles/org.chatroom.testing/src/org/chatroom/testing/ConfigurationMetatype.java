package org.chatroom.testing;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Compares what the running Metatype Service tells an administrator about a configuration PID with the
 * configuration annotation the component really reads: every attribute's id, type, cardinality and default, both
 * ways; and that every localized name and description has its text. The annotation is read by reflection and its
 * member names are turned into property names the way Declarative Services does, so the comparison holds whatever
 * produced the metatype XML.
 */
public final class ConfigurationMetatype {

    private static final Pattern UNRESOLVED_KEY = Pattern.compile("%?[\\w$]+(\\.[\\w$]+)+");

    private ConfigurationMetatype() {
    }

    /**
     * @param ocd the configuration annotation, in the bundle that designates it to {@code pid}
     * @param passwords property names whose metatype type must be {@code PASSWORD} (Java type {@code String})
     * @return one line per difference; empty when the Metatype Service describes {@code pid} exactly as
     *         {@code ocd} declares it
     */
    public static List<String> differences(Class<? extends Annotation> ocd, String pid, Set<String> passwords)
            throws InterruptedException {
        return differences(List.of(ocd), pid, passwords);
    }

    /**
     * {@link #differences(Class, String, Set)} for a component that reads {@code pid} through several configuration
     * annotations (e.g. a transport's own and the admission limits every transport shares): the metatype must
     * describe exactly the attributes of all of them.
     *
     * @param ocds the configuration annotations; the first is in the bundle that designates {@code pid}
     */
    public static List<String> differences(List<Class<? extends Annotation>> ocds, String pid, Set<String> passwords)
            throws InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(ocds.get(0));
        MetaTypeInformation info = metatypeService().getMetaTypeInformation(bundle);
        if (info == null || !Arrays.asList(info.getPids()).contains(pid)) {
            return List.of("the Metatype Service describes no PID " + pid + " in " + bundle.getSymbolicName()
                    + " (is OSGI-INF/metatype/ missing from the bundle?)");
        }
        ObjectClassDefinition definition = info.getObjectClassDefinition(pid, null);
        List<String> differences = new ArrayList<>();
        localized(pid, definition.getName(), definition.getDescription(), differences);
        Map<String, AttributeDefinition> described = new TreeMap<>();
        for (AttributeDefinition attribute : definition.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
            described.put(attribute.getID(), attribute);
            localized(attribute.getID(), attribute.getName(), attribute.getDescription(), differences);
        }
        Map<String, Method> declared = new TreeMap<>();
        for (Class<? extends Annotation> ocd : ocds) {
            Map<String, Method> attributes = declaredAttributes(ocd);
            if (attributes.isEmpty()) {
                differences.add(ocd.getName() + " declares no attributes");
            }
            attributes.keySet().stream().filter(declared::containsKey)
                    .forEach(twice -> differences.add(twice + ": declared twice, again in " + ocd.getSimpleName()));
            declared.putAll(attributes);
        }
        for (Map.Entry<String, Method> entry : declared.entrySet()) {
            AttributeDefinition attribute = described.remove(entry.getKey());
            String declaring = entry.getValue().getDeclaringClass().getSimpleName();
            if (attribute == null) {
                differences.add(entry.getKey() + ": in " + declaring + " but not in the metatype of " + pid);
            } else {
                compare(entry.getKey(), entry.getValue(), attribute, passwords.contains(entry.getKey()), differences);
            }
        }
        for (String extra : described.keySet()) {
            differences.add(extra + ": in the metatype of " + pid + " but not in " + ocds.stream()
                    .map(Class::getSimpleName).collect(java.util.stream.Collectors.joining(" or ")));
        }
        return differences;
    }

    /**
     * @return the default of every attribute the running Metatype Service describes for {@code pid} in the bundle
     *         of {@code ocd}, several values joined by ","; empty when it describes no such PID
     */
    public static Map<String, String> defaults(Class<? extends Annotation> ocd, String pid)
            throws InterruptedException {
        MetaTypeInformation info = metatypeService().getMetaTypeInformation(FrameworkUtil.getBundle(ocd));
        Map<String, String> defaults = new TreeMap<>();
        if (info == null || !Arrays.asList(info.getPids()).contains(pid)) {
            return defaults;
        }
        for (AttributeDefinition attribute : info.getObjectClassDefinition(pid, null)
                .getAttributeDefinitions(ObjectClassDefinition.ALL)) {
            String[] values = attribute.getDefaultValue();
            defaults.put(attribute.getID(), values == null ? "" : String.join(",", values));
        }
        return defaults;
    }

    /**
     * A "%key" without text in the localization reaches the administrator as the bare key (Equinox drops the "%"):
     * a text shaped like a property key (dotted words, no space) is taken for one.
     */
    private static void localized(String what, String name, String description, List<String> differences) {
        for (String text : new String[] { name, description }) {
            if (text != null && UNRESOLVED_KEY.matcher(text).matches()) {
                differences.add(what + ": no text for " + text + " in the metatype's localization");
            }
        }
    }

    private static MetaTypeService metatypeService() throws InterruptedException {
        try {
            return Services.get(MetaTypeService.class, "");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The annotation's members by the property name Declarative Services gives them. */
    private static Map<String, Method> declaredAttributes(Class<? extends Annotation> ocd) {
        String prefix = prefix(ocd);
        Map<String, Method> attributes = new TreeMap<>();
        for (Method method : ocd.getDeclaredMethods()) {
            if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0) {
                attributes.put(prefix + propertyName(method.getName()), method);
            }
        }
        return attributes;
    }

    private static String prefix(Class<?> ocd) {
        try {
            return (String) ocd.getField("PREFIX_").get(null);
        } catch (NoSuchFieldException e) {
            return "";
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DS 1.4 (112.8.2.1): "$$" is "$", another "$" is dropped, "__" is "_", another "_" is ".". */
    private static String propertyName(String member) {
        StringBuilder name = new StringBuilder(member.length());
        for (int i = 0; i < member.length(); i++) {
            char c = member.charAt(i);
            boolean doubled = i + 1 < member.length() && member.charAt(i + 1) == c;
            if (c == '$' || c == '_') {
                if (doubled) {
                    name.append(c);
                    i++;
                } else if (c == '_') {
                    name.append('.');
                }
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    private static void compare(String id, Method member, AttributeDefinition attribute, boolean password,
            List<String> differences) {
        Class<?> javaType = member.getReturnType().isArray() ? member.getReturnType().getComponentType()
                : member.getReturnType();
        ValueType expected = ValueType.of(javaType, password);
        if (attribute.getType() != expected.code) {
            differences.add(id + ": metatype type " + ValueType.name(attribute.getType()) + ", expected "
                    + ValueType.name(expected.code));
        }
        boolean multiple = member.getReturnType().isArray();
        if ((attribute.getCardinality() != 0) != multiple) {
            differences.add(id + ": metatype cardinality " + attribute.getCardinality() + " for "
                    + member.getReturnType().getSimpleName());
        }
        List<Object> javaDefault = javaDefault(member.getDefaultValue());
        String[] described = attribute.getDefaultValue();
        List<Object> metatypeDefault = new ArrayList<>();
        for (String value : described == null ? new String[0] : described) {
            metatypeDefault.add(expected.parse(value));
        }
        if (!javaDefault.equals(metatypeDefault)) {
            differences.add(id + ": metatype default " + Arrays.toString(described) + ", annotation default "
                    + javaDefault);
        }
    }

    private static List<Object> javaDefault(Object value) {
        List<Object> values = new ArrayList<>();
        if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                values.add(javaValue(Array.get(value, i)));
            }
        } else if (value != null) {
            values.add(javaValue(value));
        }
        return values;
    }

    private static Object javaValue(Object value) {
        if (value instanceof Class<?> type) {
            return type.getName();
        }
        return value instanceof Enum<?> constant ? constant.name() : value;
    }

    /** The metatype types, the Java type each stands for and how a metatype default reads as that Java value. */
    private enum ValueType {
        STRING(String.class, AttributeDefinition.STRING, v -> v),
        PASSWORD(String.class, AttributeDefinition.PASSWORD, v -> v),
        INTEGER(int.class, AttributeDefinition.INTEGER, Integer::valueOf),
        LONG(long.class, AttributeDefinition.LONG, Long::valueOf),
        DOUBLE(double.class, AttributeDefinition.DOUBLE, Double::valueOf),
        FLOAT(float.class, AttributeDefinition.FLOAT, Float::valueOf),
        BOOLEAN(boolean.class, AttributeDefinition.BOOLEAN, Boolean::valueOf),
        SHORT(short.class, AttributeDefinition.SHORT, Short::valueOf),
        BYTE(byte.class, AttributeDefinition.BYTE, Byte::valueOf),
        CHARACTER(char.class, AttributeDefinition.CHARACTER, v -> v.length() == 1 ? (Object) v.charAt(0) : v);

        final Class<?> javaType;
        final int code;
        final Function<String, Object> parser;

        ValueType(Class<?> javaType, int code, Function<String, Object> parser) {
            this.javaType = javaType;
            this.code = code;
            this.parser = parser;
        }

        /** Enums and classes are configured by their names, so they and any other type read as STRING. */
        static ValueType of(Class<?> javaType, boolean password) {
            if (password && javaType == String.class) {
                return PASSWORD;
            }
            return Arrays.stream(values()).filter(t -> t.javaType == javaType).findFirst().orElse(STRING);
        }

        static String name(int code) {
            return Arrays.stream(values()).filter(t -> t.code == code).findFirst()
                    .map(t -> t.name().charAt(0) + t.name().substring(1).toLowerCase(Locale.ROOT))
                    .orElse("unknown (" + code + ")");
        }

        /** The metatype default as the Java value it stands for, so "20.0" and 20d compare equal. */
        Object parse(String value) {
            try {
                return parser.apply(value);
            } catch (NumberFormatException e) {
                return "unparsable '" + value + "'";
            }
        }
    }
}
