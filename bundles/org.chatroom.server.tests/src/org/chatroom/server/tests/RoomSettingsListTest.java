package org.chatroom.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.chatroom.server.internal.RoomSettingsList;
import org.chatroom.testing.Services;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;

/**
 * {@code chatroom-server --settings}: the room settings as the installed bundles describe them, each with its default
 * and what it does (the usage sent the user to PROTOCOL.md, which an installed server does not have).
 */
class RoomSettingsListTest {

    @Test
    void eachRoomSettingIsListedWithItsDefaultAndWhatItDoes() throws Exception {
        List<AttributeDefinition> settings = RoomSettingsList.of(
                FrameworkUtil.getBundle(getClass()).getBundleContext(), Services.get(MetaTypeService.class, ""));
        List<String> keys = settings.stream().map(AttributeDefinition::getID).toList();
        assertTrue(keys.containsAll(List.of("port", "max.message.bytes", "rate.per.second", "history.max.page")),
                keys.toString());
        assertTrue(keys.stream().noneMatch(key -> key.startsWith(".")), "the password has its own options: " + keys);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RoomSettingsList.print(settings, print(out), print(err)));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.contains("  max.message.bytes = 4096"), String.join("\n", lines));
        assertTrue(lines.contains("  port = 53000"), String.join("\n", lines));
        int rate = lines.indexOf("  rate.per.second = 20.0");
        assertTrue(rate > 0 && lines.get(rate + 1).startsWith("      Messages per second. Sustained rate"),
                "each setting followed by what it does: " + String.join("\n", lines));
        assertEquals(List.of(), lines.stream().filter(line -> line.length() > 100).toList(), "at most 100 columns");
        assertEquals("", err.toString(StandardCharsets.UTF_8));

        assertEquals(1, RoomSettingsList.print(List.of(), print(out), print(err)), "none found: a failure");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("incomplete"), err.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
