package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.chatroom.ui.internal.views.WrapIndex;
import org.junit.jupiter.api.Test;

/** Where rows lie among the message list's lines when some wrap: the arithmetic, without a window. */
class WrapIndexTest {

    @Test
    void linesFindTheirRowsAndRowsTheirFirstLines() {
        WrapIndex index = new WrapIndex();
        index.add(1, new int[] { 0, 4, 10 }); // row 1: two lines
        index.add(3, new int[] { 0, 3, 6, 10 }); // row 3: three lines
        index.add(4, new int[] { 0, 10 }); // one line: nothing to keep
        assertEquals(5 + 1 + 2, index.lines(5));
        assertEquals(0, index.firstLine(0));
        assertEquals(1, index.firstLine(1));
        assertEquals(3, index.firstLine(2));
        assertEquals(4, index.firstLine(3));
        assertEquals(7, index.firstLine(4));
        assertEquals(2, index.linesOf(1));
        assertEquals(3, index.linesOf(3));
        assertEquals(1, index.linesOf(4));
        assertEquals(new WrapIndex.Line(0, 0, 1, 0, WrapIndex.TEXT_END), index.at(0));
        assertEquals(new WrapIndex.Line(1, 0, 2, 0, 4), index.at(1));
        assertEquals(new WrapIndex.Line(1, 1, 2, 4, 10), index.at(2));
        assertEquals(new WrapIndex.Line(2, 0, 1, 0, WrapIndex.TEXT_END), index.at(3));
        assertEquals(new WrapIndex.Line(3, 2, 3, 6, 10), index.at(6));
        assertEquals(new WrapIndex.Line(4, 0, 1, 0, WrapIndex.TEXT_END), index.at(7));
        assertEquals(10, index.lastEnd(3));
        assertEquals(-1, index.lastEnd(2));
    }

    @Test
    void droppingTheOldestRowsMovesTheOthersUp() {
        WrapIndex index = new WrapIndex();
        index.add(1, new int[] { 0, 4, 10 });
        index.add(3, new int[] { 0, 3, 6, 10 });
        index.dropFront(2); // rows 0 and 1 go; row 3 is now row 1
        assertEquals(3 + 2, index.lines(3));
        assertEquals(1, index.firstLine(1));
        assertEquals(4, index.firstLine(2));
        assertEquals(new WrapIndex.Line(1, 1, 3, 3, 6), index.at(2));
        index.dropFront(2);
        assertEquals(4, index.lines(4), "no row wraps any more");
        index.add(0, new int[] { 0, 5, 10 });
        assertEquals(5, index.lines(4));
    }

    @Test
    void aSpanOfRowsTakesItsNewBreaksAndTheOthersKeepTheirs() {
        WrapIndex index = new WrapIndex();
        index.add(1, new int[] { 0, 4, 10 });
        index.add(3, new int[] { 0, 3, 6, 10 });
        index.add(6, new int[] { 0, 5, 10 });
        WrapIndex span = new WrapIndex(); // rows 2 to 4 broken again: row 3 now takes two lines, row 4 three
        span.add(3, new int[] { 0, 6, 10 });
        span.add(4, new int[] { 0, 2, 7, 10 });
        index.replace(2, 5, span);
        assertEquals(8 + 1 + 1 + 2 + 1, index.lines(8));
        assertEquals(2, index.linesOf(1), "before the span: as it was");
        assertEquals(2, index.linesOf(3));
        assertEquals(3, index.linesOf(4));
        assertEquals(2, index.linesOf(6), "after the span: as it was");
        assertEquals(new WrapIndex.Line(4, 1, 3, 2, 7), index.at(7));
        assertEquals(10, index.firstLine(6));
    }

    @Test
    void rowsAreAddedInOrder() {
        WrapIndex index = new WrapIndex();
        index.add(5, new int[] { 0, 5, 10 });
        try {
            index.add(5, new int[] { 0, 5, 10 });
            fail("a row added again");
        } catch (IllegalArgumentException expected) {
            // the index keeps rows in order: a row already there, or an older one, is a caller's mistake
        }
        index.clear();
        index.add(2, new int[] { 0, 5, 10 });
        assertEquals(4, index.lines(3));
    }
}
