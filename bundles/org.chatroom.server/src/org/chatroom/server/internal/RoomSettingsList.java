package org.chatroom.server.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * {@code chatroom-server --settings}: every room setting {@code --set KEY=VALUE} takes, with its default and what it
 * does, read from the room's metatype as the installed product has it (an installed server has no PROTOCOL.md to
 * look them up in). Settings whose key starts with a dot (the password) are left out: they have options of their own.
 */
public final class RoomSettingsList {

    /** The room's configuration PID: its metatype names the settings. */
    static final String ROOM_PID = "org.chatroom.room";
    private static final int WIDTH = 100;
    private static final String INDENT = "      ";

    private RoomSettingsList() {
    }

    /** @return the room's settings, in the metatype's order; empty when no installed bundle describes them */
    public static List<AttributeDefinition> of(BundleContext context, MetaTypeService metatype) {
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation info = metatype.getMetaTypeInformation(bundle);
            if (info != null && Arrays.asList(info.getPids()).contains(ROOM_PID)) {
                ObjectClassDefinition room = info.getObjectClassDefinition(ROOM_PID, null);
                return Arrays.stream(room.getAttributeDefinitions(ObjectClassDefinition.ALL))
                        .filter(setting -> !setting.getID().startsWith(".")).toList();
            }
        }
        return List.of();
    }

    /** Prints the settings to {@code out}: @return the exit code */
    public static int print(List<AttributeDefinition> settings, PrintStream out, PrintStream err) {
        if (settings.isEmpty()) {
            err.println(Messages.format("error.noSettings", ROOM_PID));
            return 1;
        }
        out.println(Messages.format("settings.title"));
        for (AttributeDefinition setting : settings) {
            String[] defaults = setting.getDefaultValue();
            String value = defaults == null || defaults.length == 0 ? "" : String.join(",", defaults);
            out.println("  " + setting.getID() + " = " + value);
            String about = setting.getName() == null || setting.getName().equals(setting.getDescription())
                    ? "" : setting.getName() + ". ";
            wrap(about + (setting.getDescription() == null ? "" : setting.getDescription())).forEach(out::println);
        }
        return 0;
    }

    /** @return {@code text} in lines of at most {@link #WIDTH} columns, indented */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(INDENT);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > INDENT.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(INDENT);
            }
            line.append(line.length() > INDENT.length() ? " " : "").append(word);
        }
        if (line.length() > INDENT.length()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
