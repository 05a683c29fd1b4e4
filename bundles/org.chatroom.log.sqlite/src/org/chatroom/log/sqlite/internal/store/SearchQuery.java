package org.chatroom.log.sqlite.internal.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a member typed into an FTS5 query in which every word must occur: each word becomes a quoted phrase,
 * so that FTS5 operators and punctuation in it ({@code AND}, {@code *}, {@code "}, {@code :}) are only text.
 */
final class SearchQuery {

    private SearchQuery() {
    }

    /** @return the FTS5 query, empty when {@code typed} has no word to look for */
    static String of(String typed) {
        List<String> phrases = new ArrayList<>();
        for (String word : typed.strip().split("\\s+")) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                phrases.add('"' + word.replace("\"", "\"\"") + '"');
            }
        }
        return String.join(" ", phrases);
    }
}
