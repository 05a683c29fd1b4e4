package org.chatroom.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tab completion of the input line: member names ({@code name: } at the start of a line, {@code name } elsewhere)
 * and, at the start of a line, commands. Pressing Tab again right after cycles through the other candidates.
 */
public final class Completer {

    /** The commands the client and this view understand, completed after {@code /}. */
    public static final List<String> COMMANDS = List.of("/create", "/help", "/history", "/ignore", "/join", "/me",
            "/msg", "/names", "/nick", "/part", "/quit", "/rooms", "/search", "/topic", "/unignore");

    /** The input after a completion: its text and where the caret goes. */
    public record Result(String text, int caret) {
    }

    private List<String> candidates = List.of();
    private int next;
    private int wordStart;
    private String before = "";
    private String after = "";
    private Result last;

    /** @return the completed input, or {@code null} when nothing matches */
    public Result complete(String text, int caret, List<String> members) {
        if (last == null || !last.equals(new Result(text, caret))) {
            start(text, caret, members);
        }
        if (candidates.isEmpty()) {
            return null;
        }
        String candidate = candidates.get(next);
        next = (next + 1) % candidates.size();
        String suffix = wordStart == 0 && !candidate.startsWith("/") ? ": " : after.startsWith(" ") ? "" : " ";
        String completed = before + candidate + suffix;
        last = new Result(completed + after, completed.length());
        return last;
    }

    private void start(String text, int caret, List<String> members) {
        int at = Math.max(0, Math.min(caret, text.length()));
        wordStart = text.lastIndexOf(' ', at - 1) + 1;
        before = text.substring(0, wordStart);
        after = text.substring(at);
        String prefix = text.substring(wordStart, at).toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        if (wordStart == 0 && prefix.startsWith("/")) {
            COMMANDS.stream().filter(c -> c.startsWith(prefix)).forEach(found::add);
        } else if (!prefix.isEmpty()) {
            members.stream().filter(m -> m.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .sorted(String.CASE_INSENSITIVE_ORDER).forEach(found::add);
        }
        candidates = found;
        next = 0;
    }
}
