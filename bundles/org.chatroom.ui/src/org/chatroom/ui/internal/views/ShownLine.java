package org.chatroom.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the message list's table: a row, and the part of its text on this line ({@code text}, from
 * {@code start} of the row's {@link LineBreaker#shown} text, without the spaces it ends with), whether it is the row's
 * first and last line; {@code cut} when the row's lines end before its text does (its last line is shown with an
 * ellipsis); {@code fits} when the line was measured to fit the column as it is (GTK may draw it: it cuts no text).
 * Each table item holds its line, so what draws, links and tooltips a line finds its row.
 */
public record ShownLine(MessageRow row, String text, int start, boolean first, boolean last, boolean cut,
        boolean fits) {

    /** The links of the row's text on this line, in this line's offsets: a link broken over lines is on each. */
    public List<Links.Link> links() {
        List<Links.Link> all = Links.find(LineBreaker.shown(row.text()));
        if (all.isEmpty()) {
            return all;
        }
        List<Links.Link> here = new ArrayList<>(all.size());
        int end = start + text.length();
        for (Links.Link link : all) {
            if (link.end() > start && link.start() < end) {
                here.add(new Links.Link(Math.max(link.start(), start) - start, Math.min(link.end(), end) - start,
                        link.url()));
            }
        }
        return here;
    }
}
