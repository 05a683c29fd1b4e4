package org.chatroom.log.redis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.chatroom.api.log.RoomEvent;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Search without an index (plain Redis has no full text): reads the room's newest events backwards, page by page, at
 * most {@code scanLimit} of them, and keeps the messages and actions whose text contains every word of the query
 * (case-insensitive substrings). Older events are not searched: the limit is the honest cost bound.
 */
final class HistorySearch {

    private static final int PAGE = 500;

    private final int scanLimit;

    HistorySearch(int scanLimit) {
        this.scanLimit = scanLimit;
    }

    List<RoomEvent> newestFirst(Jedis jedis, String room, String key, String query, int max) {
        String[] words = Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        List<RoomEvent> found = new ArrayList<>();
        if (words.length == 0) {
            return found;
        }
        String end = "+";
        int scanned = 0;
        while (scanned < scanLimit && found.size() < max) {
            List<StreamEntry> page = jedis.xrevrange(key, end, "-", Math.min(PAGE, scanLimit - scanned));
            for (StreamEntry entry : page) {
                RoomEvent event = EventCodec.decode(room, entry);
                if (matches(event, words) && found.size() < max) {
                    found.add(event);
                }
            }
            scanned += page.size();
            if (page.size() < PAGE) {
                break;
            }
            end = "(" + page.get(page.size() - 1).getID();
        }
        return found;
    }

    private static boolean matches(RoomEvent event, String[] words) {
        if (!event.kind().said()) {
            return false;
        }
        String text = event.text().toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
