package org.tandai.interchange;

/**
 * Where long imports and exports report how far they are, and how they learn that the person
 * pressed Cancel. Plain Java so the CLI (progress bar on stderr) and the window (a JavaFX Task,
 * run off the FX thread) can both implement it.
 */
public interface Progress {
    /** A progress that shows nothing and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void update(int done, int total, String item) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Called after each article (or source file): {@code done} of {@code total}, naming the item. */
    void update(int done, int total, String item);

    /** Polled between articles; when true the run stops after the current article. */
    boolean cancelled();
}
