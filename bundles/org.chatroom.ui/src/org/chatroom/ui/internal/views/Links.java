package org.chatroom.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds web links in message text: {@code http://}, {@code https://} and {@code www.} addresses. */
public final class Links {

    /** A link in a text: where it is and the address it opens. */
    public record Link(int start, int end, String url) {
    }

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    /** Punctuation that ends a sentence rather than the address. */
    private static final String TRAILING = ".,;:!?'\")]}";

    private Links() {
    }

    public static List<Link> find(String text) {
        List<Link> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0
                    && !(text.charAt(end - 1) == ')' && text.substring(matcher.start(), end).contains("("))) {
                end--;
            }
            String found = text.substring(matcher.start(), end);
            String url = found.regionMatches(true, 0, "www.", 0, 4) ? "https://" + found : found;
            links.add(new Link(matcher.start(), end, url));
        }
        return links;
    }

    /** @return the link at {@code offset} in {@code text}, or {@code null} */
    public static Link at(String text, int offset) {
        for (Link link : find(text)) {
            if (offset >= link.start() && offset < link.end()) {
                return link;
            }
        }
        return null;
    }
}
