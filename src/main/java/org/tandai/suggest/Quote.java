package org.tandai.suggest;

import java.util.List;

/**
 * One quotation in an article: the text inside its marks, one piece per paragraph it runs over
 * ({@code pieces}, code-point ranges {start, end}), and the code points of its opening and
 * closing marks.
 */
public record Quote(List<int[]> pieces, int open, int close) {
    public int innerStart() {
        return pieces.get(0)[0];
    }

    public int innerEnd() {
        return pieces.get(pieces.size() - 1)[1];
    }

    /** True when the code point lies between the marks. */
    public boolean covers(int cp) {
        return cp > open && cp < close;
    }
}
