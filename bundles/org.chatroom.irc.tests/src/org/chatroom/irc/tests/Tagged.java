package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chatroom.testing.RawIrcClient;

/**
 * A line from the server split into its tags and the rest, and the {@code chathistory} batches of
 * {@code draft/chathistory} read as such.
 *
 * @param tags the tags (values as sent: the server's need no unescaping)
 * @param rest the line after the tags
 */
record Tagged(Map<String, String> tags, String rest) {

    static Tagged of(String line) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (!line.startsWith("@")) {
            return new Tagged(tags, line);
        }
        int space = line.indexOf(' ');
        for (String tag : line.substring(1, space).split(";")) {
            int equals = tag.indexOf('=');
            tags.put(equals < 0 ? tag : tag.substring(0, equals), equals < 0 ? "" : tag.substring(equals + 1));
        }
        return new Tagged(tags, line.substring(space + 1));
    }

    String msgid() {
        return tags.get("msgid");
    }

    Instant time() {
        return Instant.parse(tags.get("time"));
    }

    /** The text of a PRIVMSG (its last parameter). */
    String text() {
        return rest.substring(rest.indexOf(" :") + 2);
    }

    /** The command, after the source. */
    String command() {
        return rest.split(" ")[1];
    }

    /** Reads one {@code chathistory} batch for {@code target}, which must come next; @return its lines */
    static List<Tagged> history(RawIrcClient client, String target) throws IOException {
        return batch(client, "chathistory " + target);
    }

    /** Reads one batch of {@code typeAndParameters} (e.g. {@code draft/chathistory-targets}) coming next. */
    static List<Tagged> batch(RawIrcClient client, String typeAndParameters) throws IOException {
        return batch(client, client.line(), typeAndParameters);
    }

    /** Reads the rest of a batch of {@code typeAndParameters} opened by {@code open}, a line already read. */
    static List<Tagged> batch(RawIrcClient client, String open, String typeAndParameters) throws IOException {
        assertTrue(open.startsWith(":irc.test BATCH +") && open.endsWith(" " + typeAndParameters), open);
        String id = open.split(" ")[2].substring(1);
        List<Tagged> lines = new ArrayList<>();
        for (String line = client.line(); !line.equals(":irc.test BATCH -" + id); line = client.line()) {
            Tagged tagged = of(line);
            assertEquals(id, tagged.tags().get("batch"), "every line of the batch carries its id: " + line);
            lines.add(tagged);
        }
        return lines;
    }

    static List<String> texts(List<Tagged> lines) {
        return lines.stream().map(Tagged::text).toList();
    }

    static List<String> msgids(List<Tagged> lines) {
        return lines.stream().map(Tagged::msgid).toList();
    }
}
