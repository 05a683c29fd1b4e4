package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chatroom.testing.RawIrcClient;
import org.junit.jupiter.api.Test;

/**
 * Resume: an IRC client that saw up to msgid N disconnects, others talk, it comes back and {@code CHATHISTORY AFTER}
 * that msgid returns exactly the lines it missed, in order: no gap, no duplicate.
 */
class ChatHistoryResumeTest extends IrcRoomTest {

    @Override
    Map<String, Object> roomSettings() {
        return Map.of("rate.per.second", 0.0);
    }

    @Test
    void afterTheLastMsgidSeenGivesExactlyWhatWasMissed() {
        assertTimeoutPreemptively(BOUND, () -> {
            Conversation talk = Conversation.start(room, "before", 3);
            String channel = talk.channel();
            RawIrcClient bob = talk.bob();
            String seen = talk.said().get(2).msgid();
            talk.ada().close();
            bob.await(":ada!ada@irc.test QUIT "); // left the server: one QUIT

            List<String> missed = new ArrayList<>();
            for (int i = 1; i <= 30; i++) {
                String stem = "missed" + i + "-";
                // 478 characters fit in a client's line, not in the server's (with bob's prefix): cut in two
                String text = stem + "x".repeat(i % 2 == 0 ? 478 - stem.length() : i);
                bob.send("PRIVMSG " + channel + " :" + text);
                bob.await(":bob!bob@irc.test PRIVMSG " + channel + " :missed" + i + "-"); // its echo: committed
                missed.add(text);
            }

            RawIrcClient back = room.ircWith("ada", Conversation.CAPS);
            back.send("JOIN " + channel);
            List<String> burst = back.until(" 366 ada ");
            assertFalse(burst.stream().anyMatch(l -> l.contains("missed")), "no history on JOIN: " + burst);
            back.send("CHATHISTORY AFTER " + channel + " msgid=" + seen + " 100");
            List<Tagged> got = Tagged.history(back, channel);
            assertEquals(missed, joined(got), "exactly the missed messages, in order");

            String last = got.get(got.size() - 1).msgid();
            bob.send("PRIVMSG " + channel + " :live again");
            Tagged live = Tagged.of(back.await(" PRIVMSG " + channel + " :live again$"));
            back.send("CHATHISTORY AFTER " + channel + " msgid=" + last + " 100");
            List<Tagged> after = Tagged.history(back, channel);
            assertEquals(List.of("live again"), Tagged.texts(after), "what came since, once");
            assertEquals(live.msgid(), after.get(0).msgid());
        });
    }

    /** The messages of a history batch, their pieces (a long message is several lines) joined again. */
    private static List<String> joined(List<Tagged> lines) {
        List<String> texts = new ArrayList<>();
        String event = null;
        for (Tagged line : lines) {
            String id = line.msgid();
            String base = id.split("\\.").length == 3 ? id.substring(0, id.lastIndexOf('.')) : id;
            if (base.equals(event)) {
                texts.set(texts.size() - 1, texts.get(texts.size() - 1) + line.text());
            } else {
                texts.add(line.text());
                event = base;
            }
        }
        return texts;
    }
}
