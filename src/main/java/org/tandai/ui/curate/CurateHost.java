package org.tandai.ui.curate;

import org.tandai.model.Span;

/**
 * What the Curate view needs from the window. Kept this small so the view does not depend on how
 * the window opens layers: where the window has the curated layer open, {@link #ensureCuratedOpen}
 * just runs its argument; where it has an annotator's own layer open (team mode), it switches to
 * the curated layer first (decision 0923).
 */
public interface CurateHost {
    /** Makes the open document the curated layer of the open article, then runs {@code then}. */
    void ensureCuratedOpen(Runnable then);

    /** Selects and scrolls to a span in the article. */
    void reveal(Span span);

    /** Shows a message in the status bar. */
    void status(String message);
}
